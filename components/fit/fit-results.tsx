import Link from "next/link";
import { TierBadge } from "@/components/tier-badge";
import { fitHref, type FitAnswers } from "@/lib/fit/answers";
import type { AreaNames } from "@/lib/fit/explain";
import { whyParts } from "@/lib/fit/explain";
import { perGroup, type FitGroup } from "@/lib/fit/fit";
import { trainingGroupText } from "@/lib/fit/groups";
import type { ReaderProfile } from "@/lib/fit/profile";

type Props = { groups: readonly FitGroup[]; answers: FitAnswers; profile: ReaderProfile; areaNames: AreaNames };

/**
 * The careers that fit, one section per training group, best match first: each title links to its
 * page, with the why line under it and its AI tier (or "Figures only"). A group shows its first
 * ten; "Show all" lists the rest (`more=` in the link).
 */
export function FitResults({ groups, answers, profile, areaNames }: Props) {
  return (
    <div className="fit-results">
      {groups.map((group) => {
        const text = trainingGroupText[group.id];
        const headingId = `fit-group-${group.id}`;
        return (
          <section key={group.id} className="fit-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {text.heading} <span className="fit-group__count">({group.total.toLocaleString("en-US")})</span>
            </h2>
            <p className="fit-group__description">{text.description}</p>
            {group.total === 0 ? (
              <p className="fit-group__empty">No career in this group meets all your limits.</p>
            ) : (
              <ol className="career-list fit-list">
                {group.shown.map(({ occupation, match }) => {
                  const [fit, interests, ...figures] = whyParts(occupation, match, profile, areaNames);
                  return (
                    <li key={occupation.slug} className="career-list__item fit-item">
                      <h3 className="career-list__title fit-item__title">
                        <Link href={`/careers/${occupation.slug}`}>{occupation.title}</Link>
                      </h3>
                      <p className="fit-item__why">
                        <span className="visually-hidden">Why: </span>
                        <strong>{fit}</strong> · {interests} · {figures.join(" · ")}
                      </p>
                      <p className="career-list__meta fit-item__meta">
                        {occupation.kind === "profile" && occupation.score ? (
                          <TierBadge score={occupation.score} />
                        ) : (
                          <span className="figures-only-tag">{occupation.kind === "figures" ? "Figures only" : "Not rated"}</span>
                        )}
                      </p>
                    </li>
                  );
                })}
              </ol>
            )}
            {group.total > perGroup && (
              <p className="fit-group__more">
                {answers.more === group.id ? (
                  <Link href={`${fitHref(answers, { more: undefined })}#${headingId}`}>Show the best {perGroup} only</Link>
                ) : (
                  <Link href={`${fitHref(answers, { more: group.id })}#${headingId}`}>
                    Show all {group.total.toLocaleString("en-US")} <span className="visually-hidden">careers: {text.heading}</span>
                  </Link>
                )}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
