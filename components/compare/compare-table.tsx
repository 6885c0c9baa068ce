import Link from "next/link";
import type { CSSProperties } from "react";
import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/catalog";
import { compareHref } from "@/lib/compare/compare";
import { formatGrowth, formatMoney, formatPercent, formatPeriod, formatRange, formatSalaryRange } from "@/lib/site/format";
import { entryLevelLabel } from "@/lib/content/taxonomy";
import { ScrollRegion } from "./scroll-region";

/** `given`: for a figure profiles may leave out, whether this career gives it (a row no compared career gives is left out). */
type Row = { label: string; cell: (career: Career) => React.ReactNode; given?: (career: Career) => boolean };

const notListed = <span className="muted">Not listed</span>;

const rows: Row[] = [
  { label: "AI resilience", cell: (c) => <TierBadge score={c.score} /> },
  {
    label: "Score inputs",
    cell: (c) => (
      <ul className="plain-list">
        <li>Exposure {formatPercent(c.score.exposure.percent)} ({c.score.exposure.points} pt)</li>
        <li>Growth {formatGrowth(c.score.growth.percent)} ({c.score.growth.points} pt)</li>
        <li>EPOCH {c.score.humanAdvantage.sum}/25 ({c.score.humanAdvantage.points} pt)</li>
      </ul>
    ),
  },
  {
    label: "Median salary",
    cell: (c) => (
      <>
        <strong>{formatMoney(c.salary.median)}</strong> <span className="figure-year">({c.salary.year})</span>
      </>
    ),
  },
  {
    label: "Salary range (10th–90th percentile)",
    cell: (c) => formatSalaryRange(c.salary.p10, c.salary.p90),
  },
  {
    label: "Projected growth",
    cell: (c) => (
      <>
        {formatGrowth(c.outlook.growthPercent)} <span className="figure-year">({formatPeriod(c.outlook.period)})</span>
      </>
    ),
  },
  { label: "Entry education", cell: (c) => entryLevelLabel(c.education.entryLevel) },
  {
    label: "Program length",
    cell: (c) => (c.education.programLength ? formatRange(c.education.programLength.min, c.education.programLength.max, c.education.programLength.unit) : notListed),
    given: (c) => c.education.programLength !== undefined,
  },
  {
    label: "Program cost",
    cell: (c) => (c.education.cost ? `${formatMoney(c.education.cost.min)}–${formatMoney(c.education.cost.max)}` : notListed),
    given: (c) => c.education.cost !== undefined,
  },
  {
    label: "How the week splits",
    cell: (c) => (
      <ul className="plain-list">
        {c.timeSplit.map((entry) => (
          <li key={entry.activity}>{entry.activity}: {entry.percent}%</li>
        ))}
      </ul>
    ),
  },
  {
    label: "Certifications",
    cell: (c) => (c.certifications?.length ? c.certifications.map((cert) => cert.abbreviation ?? cert.name).join(", ") : "None listed"),
  },
  { label: "License or certification required", cell: (c) => (c.education.credentialRequired ? "Yes" : "No") },
];

/**
 * The careers side by side. On a phone the row labels stay put while the careers scroll under them;
 * when the table is wider than the screen, an edge shadow and a note say so (CSS only, globals.css).
 */
export function CompareTable({ careers }: { careers: Career[] }) {
  const slugs = careers.map((career) => career.slug);
  // The table's minimum width grows with the number of careers (see .compare-table).
  const columns = { "--careers": careers.length } as CSSProperties;
  return (
    <ScrollRegion className="table-scroll compare-scroll" label="Comparison table">
      <p className="compare-scroll__note" aria-hidden="true">
        Scroll sideways to see all {careers.length} careers →
      </p>
      <table className="compare-table" style={columns}>
        <caption className="visually-hidden">Careers compared side by side</caption>
        <thead>
          <tr>
            <td />
            {careers.map((career) => (
              <th key={career.slug} scope="col">
                <Link href={`/careers/${career.slug}`}>{career.title}</Link>
                <Link className="remove-link" href={compareHref(slugs.filter((slug) => slug !== career.slug))}>
                  Remove<span className="visually-hidden"> {career.title}</span>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.filter((row) => !row.given || careers.some(row.given)).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {careers.map((career) => (
                <td key={career.slug}>{row.cell(career)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
