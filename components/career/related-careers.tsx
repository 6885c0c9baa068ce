import Link from "next/link";
import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";

export function RelatedCareers({ careers }: { careers: Career[] }) {
  return (
    <ul className="card-grid">
      {careers.map((career) => (
        <li key={career.slug} className="card">
          <h3 className="card__title">
            <Link href={`/careers/${career.slug}`}>{career.title}</Link>
          </h3>
          <p className="card__meta">
            {career.score && <TierBadge score={career.score} />}
            {career.figures.wages?.median && <span>{formatMoney(career.figures.wages.median)} median ({career.figures.wages.release})</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
