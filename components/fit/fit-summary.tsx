import Link from "next/link";
import { fitHref, type FitAnswers } from "@/lib/fit/answers";
import type { AreaNames } from "@/lib/fit/explain";
import type { FitResult } from "@/lib/fit/fit";
import type { ReaderProfile } from "@/lib/fit/profile";
import { activityCount } from "@/lib/fit/shape";
import { describeConstraints } from "@/lib/fit/summary";
import { riasec } from "@/lib/dataset/figures";
import { formatList } from "@/lib/site/format";

type Ranked = Extract<FitResult, { kind: "ranked" }>;

/** Fewer answers than this (two per area) make a rough match, which the page says. */
const fewAnswers = 12;

/** "+3" / "0" / "−2" (a true minus sign). */
const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `\u2212${Math.abs(score)}` : "0");

/** What the reader told the page: their strongest interests, every area's score, how many answered. */
export function ReaderInterests({ profile, areaNames }: { profile: ReaderProfile; areaNames: AreaNames }) {
  const strongest = profile.strongest.map((area) => areaNames[area]);
  return (
    <div className="fit-profile">
      <p>
        {profile.from === "areas" ? "You picked " : "Your strongest interests: "}
        <strong>{strongest.length > 0 ? formatList(strongest) : "none stands out"}</strong>
        {profile.from === "activities" && <> ({profile.answered} of {activityCount} activities answered)</>}.
        {profile.from === "activities" && profile.answered < fewAnswers && <> With so few answers the match is rough: answer more for a closer one.</>}
      </p>
      {profile.from === "activities" && (
        <ul className="fit-scores" aria-label="Your score in each area (likes minus dislikes, −5 to +5)">
          {riasec.map((area) => (
            <li key={area}>
              {areaNames[area]} <strong>{signed(profile.scores[area])}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The result in numbers, the limits each with how many careers it leaves out, and the ways to change the answers. */
export function FitSummary({ result, answers, areaNames }: { result: Ranked; answers: FitAnswers; areaNames: AreaNames }) {
  const limits = describeConstraints(answers);
  const edit = fitHref(answers, { edit: true, more: undefined });
  return (
    <div className="fit-summary">
      <ReaderInterests profile={result.profile} areaNames={areaNames} />
      <p className="result-count" role="status">
        <strong>{result.total.toLocaleString("en-US")} careers</strong> meet your limits, of {result.considered.toLocaleString("en-US")} with an
        O*NET interest profile.
      </p>
      {limits.length > 0 && (
        <ul className="active-filters" aria-label="Your limits">
          {limits.map((limit) => (
            <li key={limit.key}>
              <Link href={fitHref(answers, { [limit.key]: limit.key === "ai" || limit.key === "growth" ? "any" : undefined, more: undefined })}>
                {limit.label} <span className="muted">(leaves out {result.ruledOut[limit.key].toLocaleString("en-US")})</span>{" "}
                <span aria-hidden="true">×</span>
                <span className="visually-hidden"> (remove)</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="fit-summary__actions">
        <Link href={edit}>Change one answer</Link> (your other answers stay) · <Link href={`${edit}#fit-limits`}>Change your limits</Link> ·{" "}
        <Link href="/fit">Start again</Link>
      </p>
    </div>
  );
}
