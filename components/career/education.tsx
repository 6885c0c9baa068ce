import { ExternalLink } from "@/components/external-link";
import type { Education as EducationData } from "@/lib/content/schema";
import type { OccupationFigures } from "@/lib/dataset/figures";
import { formatMoney, formatRange } from "@/lib/site/format";
import { entryLevelLabel } from "@/lib/content/taxonomy";

/**
 * The BLS entry categories from the dataset, then what the profile adds (credential, program length
 * and cost with the page that states them). A figures-only page has no `education`.
 */
export function Education({ figures, education }: { figures: OccupationFigures; education?: EducationData }) {
  const projections = figures.projections;
  const { programLength, cost, programSource } = education ?? {};
  return (
    <>
      <dl className="facts">
        {projections?.entryEducation && (
          <div>
            <dt>Typical entry education</dt>
            <dd>{entryLevelLabel(projections.entryEducation.id)}</dd>
          </div>
        )}
        {projections && (
          <div>
            <dt>Work experience in a related job</dt>
            <dd>{projections.workExperience}</dd>
          </div>
        )}
        {projections && (
          <div>
            <dt>Typical on-the-job training</dt>
            <dd>{projections.onTheJobTraining}</dd>
          </div>
        )}
        {education && (
          <div>
            <dt>License or certification required</dt>
            <dd>{education.credentialRequired ? "Yes" : "No"}</dd>
          </div>
        )}
        {programLength && (
          <div>
            <dt>Program length</dt>
            <dd>{formatRange(programLength.min, programLength.max, programLength.unit)}</dd>
          </div>
        )}
        {cost && (
          <div>
            <dt>Program cost</dt>
            <dd>
              {formatMoney(cost.min)}–{formatMoney(cost.max)}
              {cost.typical !== undefined && <span className="muted"> (typically {formatMoney(cost.typical)})</span>}
            </dd>
          </div>
        )}
      </dl>
      {projections && (
        <p className="fine-print">
          Entry education, experience and training: BLS Employment Projections {projections.release}, the categories BLS assigns to {figures.socCode}.
          {programSource && (
            <>
              {" "}Program {programLength && cost ? "length and cost" : programLength ? "length" : "cost"}: <ExternalLink href={programSource.url}>{programSource.title}</ExternalLink>.
            </>
          )}
        </p>
      )}
    </>
  );
}
