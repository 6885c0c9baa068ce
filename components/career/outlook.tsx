import type { Career } from "@/lib/catalog";
import { formatCount, formatGrowth, formatPeriod } from "@/lib/site/format";

export function Outlook({ career }: { career: Career }) {
  const { outlook, score } = career;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Projected employment change</dt>
          <dd>
            <strong>{formatGrowth(outlook.growthPercent)}</strong> over {formatPeriod(outlook.period)}{" "}
            <span className="muted">({score.growth.level})</span>
          </dd>
        </div>
        {outlook.employment !== undefined && (
          <div>
            <dt>Employment</dt>
            <dd>{formatCount(outlook.employment)} jobs</dd>
          </div>
        )}
        {outlook.annualOpenings !== undefined && (
          <div>
            <dt>Openings each year</dt>
            <dd>{formatCount(outlook.annualOpenings)}</dd>
          </div>
        )}
      </dl>
      <p className="fine-print">Source: {outlook.source}.</p>
    </>
  );
}
