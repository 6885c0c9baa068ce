import { areaInitial, type FitAnswers } from "@/lib/fit/answers";
import { ConstraintFields } from "./constraint-fields";

/** Under the results: change the limits and keep every answer (carried in hidden fields). */
export function AdjustLimitsForm({ answers }: { answers: FitAnswers }) {
  return (
    <form className="fit-adjust" method="get" action="/fit" aria-labelledby="fit-adjust">
      <h2 id="fit-adjust">Adjust your limits</h2>
      {answers.activities && <input type="hidden" name="a" value={answers.activities} />}
      {answers.areas.length > 0 && <input type="hidden" name="areas" value={answers.areas.map(areaInitial).join("")} />}
      <ConstraintFields answers={answers} />
      <button type="submit" className="button">
        Update the list
      </button>
    </form>
  );
}
