import Link from "next/link";
import { TierBadge } from "@/components/tier-badge";
import type { Occupation } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";

/** Median pay with its release ("May 2025"), or "not published". */
function MedianPay({ occupation }: { occupation: Occupation }) {
  const wages = occupation.figures.wages;
  const median = wages?.median ?? null;
  return (
    <span>
      <span className="visually-hidden">Median salary: </span>
      {median === null ? "Median pay not published" : <>{formatMoney(median)} median</>}
      {wages && <> <span className="figure-year">({wages.release})</span></>}
    </span>
  );
}

/**
 * A list of occupations: title, summary, AI tier and median pay with its release, each linking to
 * its page. An occupation without a profile is marked "Figures only" and has no tier.
 */
export function CareerList({ careers, headingLevel = 2 }: { careers: readonly Occupation[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="career-list">
      {careers.map((occupation) => (
        <li key={occupation.slug} className={`career-list__item${occupation.kind === "figures" ? " career-list__item--figures" : ""}`}>
          <Heading className="career-list__title">
            <Link href={`/careers/${occupation.slug}`}>{occupation.title}</Link>
          </Heading>
          <p className="career-list__summary">
            {occupation.kind === "profile" ? occupation.summary : "National pay, outlook and training figures; a full profile is not written yet."}
          </p>
          <p className="career-list__meta">
            {occupation.kind === "profile" && occupation.score ? (
              <TierBadge score={occupation.score} />
            ) : (
              <span className="figures-only-tag">{occupation.kind === "figures" ? "Figures only" : "Not rated"}</span>
            )}
            <MedianPay occupation={occupation} />
          </p>
        </li>
      ))}
    </ul>
  );
}
