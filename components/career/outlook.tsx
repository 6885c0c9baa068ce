import type { Occupation } from "@/lib/catalog";
import { growthLevel } from "@/lib/catalog/score";
import { projectionPeriod } from "@/lib/dataset/figures";
import { formatCount, formatGrowth } from "@/lib/site/format";

export function Outlook({ occupation }: { occupation: Occupation }) {
  const projections = occupation.figures.projections;
  if (!projections) return <p>BLS publishes no projections for this occupation.</p>;
  const period = projectionPeriod(projections);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Projected employment change</dt>
          <dd>
            <strong>{formatGrowth(projections.percentChange)}</strong> over {period}{" "}
            <span className="muted">({growthLevel(projections.percentChange)})</span>
          </dd>
        </div>
        <div>
          <dt>Employment</dt>
          <dd>
            {formatCount(projections.employmentBase)} jobs in {projections.baseYear}, {formatCount(projections.employmentProjected)} projected for {projections.projectedYear}
          </dd>
        </div>
        <div>
          <dt>Openings each year</dt>
          <dd>
            {formatCount(projections.annualOpenings)} <span className="muted">(average, {period}, including replacing workers who leave)</span>
          </dd>
        </div>
      </dl>
      <p className="fine-print">Source: BLS Employment Projections {projections.release}, {occupation.figures.socCode}. Employment counts all jobs, including the self-employed.</p>
    </>
  );
}
