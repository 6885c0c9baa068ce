/**
 * What the fit tests run on: the questionnaire the site ships (content/fit.yml) and every occupation
 * of the project's national dataset as a figures-only entry (832, 773 with an interest profile), so
 * the properties hold over the real spread of O*NET profiles, wages and training.
 */
import fc from "fast-check";
import path from "node:path";
import { titleOrder } from "@/lib/catalog/load";
import { figuresOnlyOccupations, type Occupation } from "@/lib/catalog/occupations";
import { aiChoices, growthChoices, trainingGroups, type FitAnswers } from "@/lib/fit/answers";
import { loadQuestionnaire, type Questionnaire } from "@/lib/fit/questions";
import { entryLevelIds } from "@/lib/content/taxonomy";
import { riasec } from "@/lib/dataset/figures";
import { testDataset } from "./helpers";

export const questionnaireFile = path.resolve(import.meta.dirname, "../../content/fit.yml");

let questionnaire: Questionnaire | undefined;
let occupations: Occupation[] | undefined;

export function siteQuestionnaire(): Questionnaire {
  if (!questionnaire) {
    const result = loadQuestionnaire(questionnaireFile);
    if (!result.ok) throw new Error(result.errors.map(String).join("\n"));
    questionnaire = result.questionnaire;
  }
  return questionnaire;
}

export function allOccupations(): Occupation[] {
  occupations ??= figuresOnlyOccupations([], testDataset(), titleOrder).occupations;
  return occupations;
}

/** Any answers the site can write into a link. */
export const answersArbitrary: fc.Arbitrary<FitAnswers> = fc.record({
  activities: fc.option(fc.string({ unit: fc.constantFrom("l", "n", "d", "-"), minLength: 30, maxLength: 30 }).filter((text) => /[lnd]/.test(text)), { nil: undefined }),
  areas: fc.subarray([...riasec], { minLength: 0, maxLength: 3 }),
  education: fc.option(fc.constantFrom(...entryLevelIds), { nil: undefined }),
  minPay: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
  ai: fc.constantFrom(...aiChoices),
  growth: fc.constantFrom(...growthChoices),
  more: fc.option(fc.constantFrom(...trainingGroups), { nil: undefined }),
  edit: fc.boolean(),
});
