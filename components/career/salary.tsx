import type { Occupation } from "@/lib/catalog";
import { formatCount, formatHourly, formatMoney } from "@/lib/site/format";
import { stageFigures } from "@/lib/catalog/progression";

/**
 * Median first, then the career stages as bars scaled to the highest figure, with the release and
 * source. A stage BLS did not publish says "Not published" (suppressed, or above the top figure it
 * publishes), so the highest bar is not taken for the top.
 */
export function Salary({ occupation }: { occupation: Occupation }) {
  const { wages } = occupation.figures;
  const { progression } = occupation;
  if (!wages) return <p>BLS publishes no wage figures for this occupation in its national survey.</p>;
  const top = Math.max(...progression.map((stage) => stage.amount));
  return (
    <>
      {wages.median !== null ? (
        <p className="salary-median">
          <span className="salary-median__amount">{formatMoney(wages.median)}</span>
          <span className="salary-median__label">
            median annual wage <span className="figure-year">({wages.release})</span>
            {wages.hourlyMedian !== null && <>, {formatHourly(wages.hourlyMedian)} an hour</>}
          </span>
        </p>
      ) : wages.hourlyMedian !== null ? (
        <>
          <p className="salary-median">
            <span className="salary-median__amount">{formatHourly(wages.hourlyMedian)}</span>
            <span className="salary-median__label">
              median hourly wage <span className="figure-year">({wages.release})</span>
            </span>
          </p>
          <p>Annual wages: not published. BLS gives only hourly wages for this occupation, because many of its workers are not paid for a full year.</p>
        </>
      ) : (
        <p>Median wage: not published ({wages.release}).</p>
      )}
      {progression.length > 1 && (
        <figure className="bar-chart bar-chart--salary">
          <figcaption>Annual wage by career stage, {wages.release} (percentiles of all workers in the job)</figcaption>
          <ul className="bar-chart__rows">
            {stageFigures(wages).map((stage) => (
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
        Source: BLS Occupational Employment and Wage Statistics, {wages.release}, national, {occupation.figures.socCode}.
        {wages.employment !== null && <> {formatCount(wages.employment)} wage-and-salary jobs.</>}
      </p>
    </>
  );
}
