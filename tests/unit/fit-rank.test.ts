import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyAnswers, trainingGroups, type FitAnswers } from "@/lib/fit/answers";
import { hoursPerYear, meetsConstraints, yearlyPay } from "@/lib/fit/constraints";
import { whyLine } from "@/lib/fit/explain";
import { findFits, perGroup } from "@/lib/fit/fit";
import { trainingGroupOf } from "@/lib/fit/groups";
import { readerProfile, strongestAreas } from "@/lib/fit/profile";
import { areaNamesOf } from "@/lib/fit/questions";
import { correlation, fitVector } from "@/lib/fit/rank";
import { exposurePoints, growthPoints } from "@/lib/catalog/score";
import { entryLevelIds } from "@/lib/content/taxonomy";
import { riasec, type InterestArea, type Interests } from "@/lib/dataset/figures";
import { allOccupations, answersArbitrary, siteQuestionnaire } from "./fit-fixtures";

const questionnaire = siteQuestionnaire();
const occupations = allOccupations();
const names = areaNamesOf(questionnaire);

/** Likes every activity of `area` and dislikes every other. */
const onlyLikes = (area: InterestArea) => questionnaire.activities.map((activity) => (activity.area === area ? "l" : "d")).join("");
const ranked = (answers: FitAnswers) => {
  const result = findFits(occupations, questionnaire, answers);
  if (result?.kind !== "ranked") throw new Error("expected a ranking");
  return result;
};
/** The best `count` of every occupation that meets the limits, whatever its group, by match. */
const best = (answers: FitAnswers, count: number) =>
  trainingGroups
    .flatMap((id) => ranked({ ...answers, more: id }).groups.find((group) => group.id === id)?.shown ?? [])
    .sort((a, b) => b.match - a.match)
    .slice(0, count);
const highestArea = (interests: Interests | undefined) => (interests ? riasec.reduce((top, area) => (interests[area] > interests[top] ? area : top)) : undefined);

describe("the match", () => {
  it("is Pearson's correlation: 1 for the same pattern at any level, −1 for the opposite, undefined for no pattern", () => {
    const a = fitVector({ realistic: 7, investigative: 5, artistic: 1, social: 2, enterprising: 3, conventional: 4 });
    const scaled = fitVector({ realistic: 3.5, investigative: 2.5, artistic: 0.5, social: 1, enterprising: 1.5, conventional: 2 });
    const opposite = fitVector({ realistic: -7, investigative: -5, artistic: -1, social: -2, enterprising: -3, conventional: -4 });
    if (!a || !scaled || !opposite) throw new Error("vectors");
    expect(correlation(a, scaled)).toBeCloseTo(1, 12);
    expect(correlation(a, opposite)).toBeCloseTo(-1, 12);
    expect(fitVector({ realistic: 3, investigative: 3, artistic: 3, social: 3, enterprising: 3, conventional: 3 })).toBeUndefined();
  });

  for (const area of riasec) {
    it(`gives a reader who likes only ${area} activities mainly ${area} occupations`, () => {
      const top = best({ ...emptyAnswers, activities: onlyLikes(area) }, 20);
      const share = top.filter(({ occupation }) => highestArea(occupation.figures.interests) === area).length / top.length;
      expect(share).toBeGreaterThanOrEqual(0.8);
      // The quick path says the same.
      const quick = best({ ...emptyAnswers, areas: [area] }, 20);
      expect(quick.filter(({ occupation }) => highestArea(occupation.figures.interests) === area).length / quick.length).toBeGreaterThanOrEqual(0.8);
    });
  }

  it("ranks best first within each group, ties in title order, the same every time", () => {
    const answers = { ...emptyAnswers, areas: ["social" as const, "artistic" as const], more: "degree" as const };
    const first = ranked(answers);
    expect(ranked(answers)).toEqual(first);
    for (const group of first.groups) {
      for (let index = 1; index < group.shown.length; index++) {
        const [a, b] = [group.shown[index - 1], group.shown[index]];
        expect(a.match).toBeGreaterThanOrEqual(b.match - 1e-12);
        if (Math.abs(a.match - b.match) <= 1e-12) expect(occupations.indexOf(a.occupation)).toBeLessThan(occupations.indexOf(b.occupation));
      }
    }
    expect(first.groups.find((group) => group.id === "degree")?.shown.length).toBe(first.groups.find((group) => group.id === "degree")?.total);
    expect(first.groups.find((group) => group.id === "now")?.shown.length).toBe(perGroup);
  });

  it("says so, rather than ranking, when every area scores the same", () => {
    expect(findFits(occupations, questionnaire, { ...emptyAnswers, activities: "l".repeat(30) })?.kind).toBe("flat");
    expect(findFits(occupations, questionnaire, emptyAnswers)).toBeUndefined();
  });

  it("names the reader's strongest interests: the areas above their own average, highest first", () => {
    const profile = readerProfile(questionnaire, { activities: onlyLikes("social").replace(/d/g, "n"), areas: [] });
    expect(profile?.scores.social).toBe(5);
    expect(profile?.strongest).toEqual(["social"]);
    expect(strongestAreas({ realistic: 2, investigative: 3, artistic: -1, social: 3, enterprising: 0, conventional: 0 })).toEqual(["investigative", "social"]);
  });
});

describe("the limits", () => {
  const constraintsArbitrary = answersArbitrary.map((answers) => ({ ...answers, edit: false }));

  it("are never violated, and leave out only what fails them (property over random answers and limits)", () => {
    fc.assert(
      fc.property(constraintsArbitrary, (answers) => {
        const result = findFits(occupations, questionnaire, answers);
        if (result?.kind !== "ranked") return;
        for (const group of result.groups) {
          for (const { occupation } of group.shown) {
            const figures = occupation.figures;
            expect(trainingGroupOf(figures)).toBe(group.id);
            if (answers.education) expect(entryLevelIds.indexOf(figures.projections?.entryEducation?.id ?? "doctoral-or-professional")).toBeLessThanOrEqual(entryLevelIds.indexOf(answers.education));
            if (answers.minPay) expect(yearlyPay(figures)?.amount ?? -1).toBeGreaterThanOrEqual(answers.minPay);
            if (answers.ai !== "any") expect(exposurePoints(occupation.exposure?.percent ?? 100)).toBeGreaterThanOrEqual(answers.ai === "low" ? 2 : 1);
            if (answers.growth !== "any") expect(growthPoints(figures.projections?.percentChange ?? -100)).toBeGreaterThanOrEqual(answers.growth === "growing" ? 2 : 1);
          }
        }
        const passing = occupations.filter((occupation) => occupation.figures.interests && fitVector(occupation.figures.interests) && trainingGroupOf(occupation.figures) && meetsConstraints(occupation, answers));
        expect(result.total).toBe(passing.length);
      }),
      { numRuns: 150 },
    );
  });

  it("turn an hourly-only median into a year of 2,080 hours, and never pass an occupation whose pay is not published", () => {
    const actors = occupations.find((occupation) => occupation.title === "Actors");
    const legislators = occupations.find((occupation) => occupation.title === "Legislators");
    if (!actors || !legislators) throw new Error("fixtures");
    expect(actors.figures.wages?.median).toBeNull();
    expect(yearlyPay(actors.figures)).toEqual({ amount: Math.round((actors.figures.wages?.hourlyMedian ?? 0) * hoursPerYear), from: "hourly" });
    expect(yearlyPay(legislators.figures)).toBeUndefined();
    expect(meetsConstraints(legislators, { ...emptyAnswers, minPay: 1 })).toBe(false);
    expect(meetsConstraints(legislators, emptyAnswers)).toBe(true);
    expect(whyLine(actors, 0.8, { scores: actors.figures.interests as Interests, from: "areas", strongest: ["artistic"], answered: 0 }, names)).toMatch(/about \$[\d,]+ a year \(\$\d+\.\d\d an hour\)/);
  });

  it("never pass an occupation without an AI exposure rating when exposure is limited", () => {
    const unrated = occupations.filter((occupation) => !occupation.exposure);
    expect(unrated.length).toBeGreaterThan(0);
    for (const occupation of unrated) expect(meetsConstraints(occupation, { ...emptyAnswers, ai: "not-high" })).toBe(false);
  });
});

describe("the training groups and the why line", () => {
  it("groups by entry education and long training: an apprenticeship after high school is not 'ready now'", () => {
    const byTitle = (title: string) => occupations.find((occupation) => occupation.title === title)?.figures;
    const group = (title: string) => {
      const figures = byTitle(title);
      return figures && trainingGroupOf(figures);
    };
    expect(group("Cashiers")).toBe("now");
    expect(group("Electricians")).toBe("training");
    expect(group("Medical Assistants")).toBe("training");
    expect(group("Registered Nurses")).toBe("degree");
  });

  it("says in one line how well it fits, the interests of the job and the reader, pay, education, growth and AI exposure", () => {
    const result = ranked({ ...emptyAnswers, activities: onlyLikes("realistic") });
    const [{ occupation, match }] = result.groups[1].shown;
    const line = whyLine(occupation, match, result.profile, names);
    expect(line).toMatch(/^(Strong|Good|Some|Weak) fit \(0\.\d\d\) · job: [A-Z][a-z]+(, [A-Z][a-z]+)?; you: Realistic · \$[\d,]+ median pay · .+ · (Growing|Stable|Declining) \([+−]?[\d.]+%\) · (Low|Medium|High) AI task exposure \([\d.]+%\)$/);
    expect(line).not.toContain("\n");
  });
});
