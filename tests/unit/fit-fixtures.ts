/**
 * What the fit tests run on: the questionnaire the site ships (content/fit.yml) and every occupation
 * of the project's national dataset as a figures-only entry (832, 773 with an interest profile), so
 * the properties hold over the real spread of O*NET profiles, wages and training.
 */
import path from "node:path";
import { titleOrder } from "@/lib/catalog/load";
import { figuresOnlyOccupations, type Occupation } from "@/lib/catalog/occupations";
import { loadQuestionnaire, type Questionnaire } from "@/lib/fit/questions";
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
