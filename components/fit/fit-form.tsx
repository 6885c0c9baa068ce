import Link from "next/link";
import { ConstraintFields } from "@/components/fit/constraint-fields";
import { activityField, areaInitial, type FitAnswers } from "@/lib/fit/answers";
import type { Occupation } from "@/lib/catalog";
import type { Questionnaire } from "@/lib/fit/questions";
import { riasec } from "@/lib/dataset/figures";

const choices = [
  { letter: "l", label: "Like" },
  { letter: "n", label: "Not sure" },
  { letter: "d", label: "Dislike" },
] as const;

type Props = { questionnaire: Questionnaire; answers: FitAnswers; occupationsBySlug: ReadonlyMap<string, Occupation> };

/**
 * The questionnaire as one plain GET form, pre-filled from the link: 30 activities (a radio group
 * each), the quick path (areas to tick), then the limits. Works without JavaScript; proxy.ts turns
 * what it submits into the compact link.
 */
export function FitForm({ questionnaire, answers, occupationsBySlug }: Props) {
  return (
    <form className="fit-form" method="get" action="/fit" aria-label="Your interests and limits">
      <section aria-labelledby="fit-interests">
        <h2 id="fit-interests">1. What you like doing</h2>
        <p>
          Say how you would feel about doing each activity, whether or not you have done it or are good at it. It takes about
          three minutes. In a hurry? <a href="#fit-areas">Pick one or two areas instead</a>.
        </p>
        <ol className="fit-activities">
          {questionnaire.activities.map((activity, index) => {
            const name = activityField(index);
            const given = answers.activities?.charAt(index);
            return (
              <li key={name}>
                <fieldset className="fit-activity" id={name}>
                  <legend>{activity.text}</legend>
                  <div className="fit-choices">
                    {choices.map(({ letter, label }) => (
                      <label key={letter}>
                        <input type="radio" name={name} value={letter} defaultChecked={given === letter} /> {label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <fieldset className="fit-areas" id="fit-areas">
          <legend>
            <span className="fit-areas__title">The quick way: pick one or two areas that sound most like you</span>
            <span className="fit-areas__hint">Used only when you leave the activities above unanswered.</span>
          </legend>
          {riasec.map((area) => {
            const text = questionnaire.areas[area];
            const examples = text.examples.flatMap((slug) => occupationsBySlug.get(slug) ?? []);
            return (
              <div key={area} className="fit-area">
                <label>
                  <input type="checkbox" name="areas" value={areaInitial(area)} defaultChecked={answers.areas.includes(area)} aria-describedby={`fit-area-${area}`} />{" "}
                  <span>
                    <strong>{text.name}</strong>: {text.short}
                  </span>
                </label>
                <p id={`fit-area-${area}`} className="fit-area__description">{text.description}</p>
                {examples.length > 0 && (
                  <p className="fit-area__examples">
                    For example:{" "}
                    {examples.map((occupation, index) => (
                      <span key={occupation.slug}>
                        {index > 0 && ", "}
                        <Link href={`/careers/${occupation.slug}`}>{occupation.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      </section>
      <section aria-labelledby="fit-limits">
        <h2 id="fit-limits">2. Your limits</h2>
        <p>Every limit is strict: a career is left out unless its published figures meet it.</p>
        <ConstraintFields answers={answers} />
      </section>
      <button type="submit" className="button fit-form__submit">Show careers that fit</button>
    </form>
  );
}
