import Link from "next/link";
import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";

/** A list of careers: title, summary, AI tier and median salary with its year (lists mix wage years), each linking to its profile. */
export function CareerList({ careers, headingLevel = 2 }: { careers: Career[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="career-list">
      {careers.map((career) => (
        <li key={career.slug} className="career-list__item">
          <Heading className="career-list__title">
            <Link href={`/careers/${career.slug}`}>{career.title}</Link>
          </Heading>
          <p className="career-list__summary">{career.summary}</p>
          <p className="career-list__meta">
            <TierBadge score={career.score} />
            <span>
              <span className="visually-hidden">Median salary: </span>
              {formatMoney(career.salary.median)} median <span className="figure-year">({career.salary.year})</span>
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
