import { TierBadge } from "@/components/tier-badge";
import type { Occupation } from "@/lib/catalog";
import { projectionPeriod } from "@/lib/dataset/figures";
import { formatGrowth, formatMoney } from "@/lib/site/format";
import { entryLevelLabel } from "@/lib/content/taxonomy";

/** The headline figures, each with its vintage; a figures-only occupation has no tier and no credential line. */
export function QuickFacts({ occupation }: { occupation: Occupation }) {
  const { wages, projections } = occupation.figures;
  const median = wages?.median ?? null;
  return (
    <aside className="quick-facts" aria-labelledby="quick-facts-heading">
      <h2 id="quick-facts-heading">Quick facts</h2>
      <dl>
        <div>
          <dt>Median salary</dt>
          <dd>
            {median === null ? (
              "Not published"
            ) : (
              <>
                <span className="quick-facts__big">{formatMoney(median)}</span> <span className="muted">({wages?.release})</span>
              </>
            )}
          </dd>
        </div>
        {projections?.entryEducation && (
          <div>
            <dt>Entry education</dt>
            <dd>{entryLevelLabel(projections.entryEducation.id)}</dd>
          </div>
        )}
        {projections && (
          <div>
            <dt>Projected growth</dt>
            <dd>
              {formatGrowth(projections.percentChange)} <span className="muted">({projectionPeriod(projections)})</span>
            </dd>
          </div>
        )}
        <div>
          <dt>AI resilience</dt>
          <dd>
            {occupation.kind === "profile" && occupation.score ? (
              <a href="#ai-resilience">
                <TierBadge score={occupation.score} />
              </a>
            ) : (
              <span className="muted">Not rated yet</span>
            )}
          </dd>
        </div>
        {occupation.kind === "profile" && (
          <div>
            <dt>License or certification required</dt>
            <dd>{occupation.education?.credentialRequired ? "Yes" : "No"}</dd>
          </div>
        )}
      </dl>
    </aside>
  );
}
