import Link from "next/link";
import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/careers";
import { compareHref } from "@/lib/compare";
import { formatGrowth, formatMoney, formatPercent, formatPeriod, formatRange } from "@/lib/format";
import { entryLevelLabel } from "@/lib/taxonomy";

type Row = { label: string; cell: (career: Career) => React.ReactNode };

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
  { label: "Median salary", cell: (c) => <strong>{formatMoney(c.salary.median)}</strong> },
  {
    label: "Salary range (10th–90th percentile)",
    cell: (c) => (c.salary.p10 !== undefined && c.salary.p90 !== undefined ? `${formatMoney(c.salary.p10)}–${formatMoney(c.salary.p90)}` : "Not published"),
  },
  { label: "Projected growth", cell: (c) => `${formatGrowth(c.outlook.growthPercent)} (${formatPeriod(c.outlook.period)})` },
  { label: "Entry education", cell: (c) => entryLevelLabel(c.education.entryLevel) },
  {
    label: "Program length",
    cell: (c) => (c.education.programLength ? formatRange(c.education.programLength.min, c.education.programLength.max, c.education.programLength.unit) : "Varies"),
  },
  {
    label: "Program cost",
    cell: (c) => (c.education.cost ? `${formatMoney(c.education.cost.min)}–${formatMoney(c.education.cost.max)}` : "Varies"),
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

export function CompareTable({ careers }: { careers: Career[] }) {
  const slugs = careers.map((career) => career.slug);
  return (
    <div className="table-scroll" role="region" aria-label="Comparison table" tabIndex={0}>
      <table className="compare-table">
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
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {careers.map((career) => (
                <td key={career.slug}>{row.cell(career)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
