import type { Education as EducationData } from "@/lib/content/schema";
import { formatMoney, formatRange } from "@/lib/site/format";
import { entryLevelLabel } from "@/lib/content/taxonomy";

export function Education({ education }: { education: EducationData }) {
  const { programLength, cost } = education;
  return (
    <dl className="facts">
      <div>
        <dt>Typical entry education</dt>
        <dd>{entryLevelLabel(education.entryLevel)}</dd>
      </div>
      {education.workExperience && (
        <div>
          <dt>Work experience</dt>
          <dd>{education.workExperience}</dd>
        </div>
      )}
      {education.onTheJobTraining && (
        <div>
          <dt>On-the-job training</dt>
          <dd>{education.onTheJobTraining}</dd>
        </div>
      )}
      <div>
        <dt>License or certification required</dt>
        <dd>{education.credentialRequired ? "Yes" : "No"}</dd>
      </div>
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
  );
}
