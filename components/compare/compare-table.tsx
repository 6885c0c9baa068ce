import Link from "next/link";
import type { CSSProperties } from "react";
import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/catalog";
import { compareHref } from "@/lib/compare/compare";
import { projectionPeriod } from "@/lib/dataset/figures";
import { formatGrowth, formatMoney, formatPercent, formatRange, formatSalaryRange } from "@/lib/site/format";
import { entryLevelLabel } from "@/lib/content/taxonomy";
import { ScrollRegion } from "./scroll-region";

/** `given`: for a figure profiles may leave out, whether this career gives it (a row no compared career gives is left out). */
type Row = { label: string; cell: (career: Career) => React.ReactNode; given?: (career: Career) => boolean };

const notListed = <span className="muted">Not listed</span>;
const notPublished = <span className="muted">Not published</span>;

const rows: Row[] = [
  { label: "AI resilience", cell: (c) => (c.score ? <TierBadge score={c.score} /> : <span className="muted">Not rated</span>) },
  {
    label: "Score inputs",
    cell: (c) =>
      c.score ? (
        <ul className="plain-list">
          <li>Exposure {formatPercent(c.score.exposure.percent)} ({c.score.exposure.points} pt)</li>
          <li>Growth {formatGrowth(c.score.growth.percent)} ({c.score.growth.points} pt)</li>
          <li>EPOCH {c.score.humanAdvantage.sum}/25 ({c.score.humanAdvantage.points} pt)</li>
        </ul>
      ) : (
        notListed
      ),
  },
  {
    label: "Median salary",
    cell: ({ figures: { wages } }) =>
      wages?.median ? (
        <>
          <strong>{formatMoney(wages.median)}</strong> <span className="figure-year">({wages.release})</span>
        </>
      ) : (
        notPublished
      ),
  },
  {
    label: "Salary range (10th–90th percentile)",
    cell: ({ figures: { wages } }) => formatSalaryRange(wages?.p10, wages?.p90),
  },
  {
    label: "Projected growth",
    cell: ({ figures: { projections } }) =>
      projections ? (
        <>
          {formatGrowth(projections.percentChange)} <span className="figure-year">({projectionPeriod(projections)})</span>
        </>
      ) : (
        notPublished
      ),
  },
  { label: "Entry education", cell: (c) => (c.figures.projections?.entryEducation ? entryLevelLabel(c.figures.projections.entryEducation.id) : notPublished) },
  {
    label: "Program length",
    cell: ({ education }) => (education?.programLength ? formatRange(education.programLength.min, education.programLength.max, education.programLength.unit) : notListed),
    given: (c) => c.education?.programLength !== undefined,
  },
  {
    label: "Program cost",
    cell: ({ education }) => (education?.cost ? `${formatMoney(education.cost.min)}–${formatMoney(education.cost.max)}` : notListed),
    given: (c) => c.education?.cost !== undefined,
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
  { label: "License or certification required", cell: (c) => (c.education?.credentialRequired ? "Yes" : "No") },
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
