/**
 * The reader's interest profile: a score for each RIASEC area from their answers. An activity liked
 * counts +1 for its area, disliked −1, "not sure" or unanswered 0, so each area runs from −5 to +5.
 * On the quick path each area picked scores 1 and the others 0. Pure.
 */
import { riasec, type InterestArea, type Interests } from "../dataset/figures";
import type { FitAnswers } from "./answers";
import type { Questionnaire } from "./questions";

export type ReaderProfile = {
  scores: Interests;
  from: "activities" | "areas";
  /** The reader's strongest areas, strongest first (at most three; none when every area scores the same). */
  strongest: InterestArea[];
  /** How many activities were answered (like, not sure or dislike). */
  answered: number;
};

const letterScore: Readonly<Record<string, number>> = { l: 1, n: 0, d: -1, "-": 0 };

function zeroScores(): Interests {
  return { realistic: 0, investigative: 0, artistic: 0, social: 0, enterprising: 0, conventional: 0 };
}

/**
 * The areas scoring above the reader's own average, highest first (RIASEC order breaks ties),
 * at most `max`: "your strongest interests" as the page names them.
 */
export function strongestAreas(scores: Interests, max = 2): InterestArea[] {
  const mean = riasec.reduce((sum, area) => sum + scores[area], 0) / riasec.length;
  return riasec
    .filter((area) => scores[area] > mean + 1e-9)
    .sort((a, b) => scores[b] - scores[a] || riasec.indexOf(a) - riasec.indexOf(b))
    .slice(0, max);
}

/** The profile of `answers`, or undefined when they say nothing about interests. Activities win over areas. */
export function readerProfile(questionnaire: Questionnaire, answers: Pick<FitAnswers, "activities" | "areas">): ReaderProfile | undefined {
  const scores = zeroScores();
  if (answers.activities) {
    let answered = 0;
    questionnaire.activities.forEach((activity, index) => {
      const letter = answers.activities?.charAt(index) ?? "-";
      scores[activity.area] += letterScore[letter] ?? 0;
      if (letter !== "-") answered++;
    });
    return { scores, from: "activities", strongest: strongestAreas(scores), answered };
  }
  if (answers.areas.length === 0) return undefined;
  for (const area of answers.areas) scores[area] = 1;
  return { scores, from: "areas", strongest: strongestAreas(scores, answers.areas.length), answered: 0 };
}
