import type { Career } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";
import { isStale, staleAfterYears } from "@/lib/catalog/freshness";
import { stageFigures } from "@/lib/catalog/progression";

/**
 * Median first, then the career stages as bars scaled to the highest figure, with year and source.
 * A stage the profile has no figure for says "Not published" (BLS leaves out wages above its top
 * figure, and some profiles give only some percentiles), so the highest bar is not taken for the top.
 */
export function Salary({ career }: { career: Career }) {
  const { salary, progression } = career;
  const top = Math.max(...progression.map((stage) => stage.amount));
  return (
    <>
      <p className="salary-median">
        <span className="salary-median__amount">{formatMoney(salary.median)}</span>
        <span className="salary-median__label">median annual wage</span>
      </p>
      {progression.length > 1 && (
        <figure className="bar-chart bar-chart--salary">
          <figcaption>Annual wage by career stage (percentiles of all workers in the job)</figcaption>
          <ul className="bar-chart__rows">
            {stageFigures(salary).map((stage) => (
              <li key={stage.key} className={`bar-chart__row${stage.key === "median" ? " bar-chart__row--highlight" : ""}`}>
                <div className="bar-chart__label">
                  <span className="bar-chart__name">
                    {stage.label} <span className="muted">({stage.percentile})</span>
                  </span>
                  <span className={`bar-chart__value${stage.amount === undefined ? " muted" : ""}`}>
                    {stage.amount === undefined ? "Not published" : formatMoney(stage.amount)}
                  </span>
                </div>
                {stage.amount !== undefined && (
                  <div className="bar-chart__track" aria-hidden="true">
                    <div className="bar-chart__bar" style={{ width: `${Math.round((stage.amount / top) * 100)}%` }} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </figure>
      )}
      <p className="fine-print">
        {salary.year} figures. Source: {salary.source}.
        {isStale(salary.year) && ` They are more than ${staleAfterYears} years old: wages today may differ.`}
      </p>
    </>
  );
}
