import Link from "next/link";
import { browseHref } from "@/lib/browse/query";
import { tiers, type Tier } from "@/lib/catalog/score";

/** How the catalog spreads across the four AI tiers: bars with their counts as text. */
export function TierDistribution({ counts }: { counts: Array<{ tier: Tier; count: number }> }) {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0) || 1;
  return (
    <figure className="bar-chart">
      <figcaption>Number of career profiles in each AI resilience tier</figcaption>
      <ul className="bar-chart__rows">
        {counts.map(({ tier, count }) => (
          <li key={tier} className="bar-chart__row">
            <div className="bar-chart__label">
              <Link className="bar-chart__name" href={browseHref({ tier })}>{tiers[tier].label}</Link>
              <span className="bar-chart__value">{count} {count === 1 ? "career" : "careers"}</span>
            </div>
            <div className="bar-chart__track" aria-hidden="true">
              <div className={`bar-chart__bar bar-chart__bar--${tier}`} style={{ width: `${Math.round((count / total) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
