import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/catalog";
import { formatGrowth, formatMoney, formatPeriod } from "@/lib/site/format";
import { entryLevelLabel } from "@/lib/content/taxonomy";

export function QuickFacts({ career }: { career: Career }) {
  return (
    <aside className="quick-facts" aria-labelledby="quick-facts-heading">
      <h2 id="quick-facts-heading">Quick facts</h2>
      <dl>
        <div>
          <dt>Median salary</dt>
          <dd>
            <span className="quick-facts__big">{formatMoney(career.salary.median)}</span> <span className="muted">({career.salary.year})</span>
          </dd>
        </div>
        <div>
          <dt>Entry education</dt>
          <dd>{entryLevelLabel(career.education.entryLevel)}</dd>
        </div>
        <div>
          <dt>Projected growth</dt>
          <dd>
            {formatGrowth(career.outlook.growthPercent)} <span className="muted">({formatPeriod(career.outlook.period)})</span>
          </dd>
        </div>
        <div>
          <dt>AI resilience</dt>
          <dd>
            <a href="#ai-resilience">
              <TierBadge score={career.score} />
            </a>
          </dd>
        </div>
        <div>
          <dt>License or certification required</dt>
          <dd>{career.education.credentialRequired ? "Yes" : "No"}</dd>
        </div>
      </dl>
    </aside>
  );
}
