import { aiChoices, growthChoices, type AiChoice, type FitAnswers, type GrowthChoice } from "@/lib/fit/answers";
import { entryLevels } from "@/lib/content/taxonomy";
import { formatMoney } from "@/lib/site/format";

const payFloors = [20000, 30000, 40000, 50000, 60000, 80000, 100000];

const aiLabels: Record<AiChoice, string> = {
  any: "Any exposure",
  "not-high": "Avoid high exposure (over 50% of tasks)",
  low: "Low exposure only (under 25%)",
};

const growthLabels: Record<GrowthChoice, string> = {
  any: "Any outlook",
  "not-declining": "Not declining (0% or more)",
  growing: "Growing (over +5%)",
};

function Select({ id, name, label, hint, value, children }: { id: string; name: string; label: string; hint?: string; value: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} aria-describedby={hint ? `${id}-hint` : undefined}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The reader's limits as four selects, pre-filled from the link. A minimum pay typed into a link
 * that the list does not offer is added to it, so the form never silently changes it.
 */
export function ConstraintFields({ answers }: { answers: FitAnswers }) {
  const floors = answers.minPay && !payFloors.includes(answers.minPay) ? [...payFloors, answers.minPay].sort((a, b) => a - b) : payFloors;
  return (
    <div className="fit-limits">
      <Select id="fit-edu" name="edu" label="Education you are willing to complete, at most" value={answers.education ?? ""} hint="The education BLS says people typically need to enter the job.">
        <option value="">Any, up to a doctorate</option>
        {Object.entries(entryLevels).map(([id, label]) => (
          <option key={id} value={id}>{label}</option>
        ))}
      </Select>
      <Select id="fit-pay" name="pay" label="Minimum pay, a year" value={answers.minPay ? String(answers.minPay) : ""} hint="The job's national median. Jobs whose pay is not published are left out.">
        <option value="">No minimum</option>
        {floors.map((floor) => (
          <option key={floor} value={floor}>{formatMoney(floor)}</option>
        ))}
      </Select>
      <Select id="fit-ai" name="ai" label="AI task exposure" value={answers.ai} hint="The share of a job's tasks AI can speed up. Unrated jobs are left out unless you choose any.">
        {aiChoices.map((choice) => (
          <option key={choice} value={choice}>{aiLabels[choice]}</option>
        ))}
      </Select>
      <Select id="fit-growth" name="growth" label="Job outlook, 10 years" value={answers.growth}>
        {growthChoices.map((choice) => (
          <option key={choice} value={choice}>{growthLabels[choice]}</option>
        ))}
      </Select>
    </div>
  );
}
