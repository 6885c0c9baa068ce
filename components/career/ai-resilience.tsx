import Link from "next/link";
import { TierBadge } from "@/components/tier-badge";
import type { Career } from "@/lib/catalog";
import { exposureRuleText } from "@/lib/dataset/exposure";
import { projectionPeriod } from "@/lib/dataset/figures";
import { formatGrowth, formatPercent } from "@/lib/site/format";
import { epochLabels } from "@/lib/content/epoch";

/** "1 of 2" under "Points": every input is worth at most two, which the reader should not have to know. */
function points(n: number) {
  return `${n} of 2`;
}

/** A profile whose code has no exposure figure anywhere: the score cannot be computed, and the page says why. */
function Unrated({ career }: { career: Career }) {
  return (
    <p>
      No AI resilience score yet: the study we take AI task exposure from (“GPTs are GPTs”) rated no tasks of {career.figures.title} ({career.socCode}), and
      this profile does not give an exposure figure from another source. <Link href="/methodology">How we score AI resilience</Link>
    </p>
  );
}

export function AiResilience({ career }: { career: Career }) {
  const { score, exposure } = career;
  const projections = career.figures.projections;
  if (!score || !exposure || !projections) return <Unrated career={career} />;
  const epoch = career.aiResilience.epoch;
  const inputs = [
    { name: "AI task exposure", value: `${formatPercent(score.exposure.percent)} of tasks can be accelerated by AI`, level: score.exposure.level, points: score.exposure.points },
    { name: "Job growth", value: `${formatGrowth(score.growth.percent)} projected (${projectionPeriod(projections)})`, level: score.growth.level, points: score.growth.points },
    { name: "Human advantage", value: `EPOCH score: ${score.humanAdvantage.sum}/25`, level: score.humanAdvantage.level, points: score.humanAdvantage.points },
  ];
  return (
    <>
      <div className="score-card">
        <p className="score-card__total">
          <span className="score-card__number">{score.total}</span>
          <span className="score-card__of">/6</span>
        </p>
        <div>
          <TierBadge score={score} showScore={false} />
          <p className="score-card__sentence">{score.sentence}</p>
        </div>
      </div>
      <h3>How we calculated this</h3>
      <table className="score-table">
        <caption className="visually-hidden">Inputs of the AI resilience score and the points each earned</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Figure</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => (
            <tr key={input.name}>
              <th scope="row">{input.name}</th>
              <td>
                {input.value} <span className="muted">({input.level})</span>
              </td>
              <td>{points(input.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>Total</th>
            <td>{score.total} of 6</td>
          </tr>
        </tfoot>
      </table>
      <p className="epoch-line">
        EPOCH rates, from 1 to 5, how much the work rests on what people still do better than AI:{" "}
        {epochLabels.map(({ key, label }, index) => (
          <span key={key}>
            {index > 0 && " · "}
            {label} {epoch[key]}
          </span>
        ))}
        .
      </p>
      <p className="fine-print">
        Exposure: {exposure.source}{exposureRuleText(exposure) ? ` (${exposureRuleText(exposure)})` : ""}. Growth: BLS Employment Projections{" "}
        {projections.release}. EPOCH ratings are our editorial judgement.{" "}
        <Link href="/methodology">How we score AI resilience</Link>
      </p>
    </>
  );
}

