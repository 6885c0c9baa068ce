/**
 * The match measure: the Pearson correlation between the reader's six RIASEC scores and an
 * occupation's O*NET interest profile (each area 1–7). Both are centred on their own mean and
 * scaled to length 1, so the match is their dot product, from −1 (opposite patterns) to 1 (the
 * same pattern): it compares which areas stand out, not how high the numbers are. Occupation
 * vectors are computed once per catalog; ranking is one pass over them plus a sort of the
 * occupations left after the constraints. Ties go to the catalog's title order. Pure.
 */
import { riasec, type Interests } from "../dataset/figures";
import { perCatalog } from "../catalog/load";
import type { Occupation } from "../catalog/occupations";

/** Six numbers, centred and of length 1. */
export type FitVector = Float64Array;

/** The centred, unit-length vector of a profile; undefined when every area is the same (no pattern to match). */
export function fitVector(interests: Interests): FitVector | undefined {
  const vector = new Float64Array(riasec.length);
  let mean = 0;
  riasec.forEach((area, index) => {
    vector[index] = interests[area];
    mean += interests[area] / riasec.length;
  });
  let length = 0;
  for (let index = 0; index < vector.length; index++) {
    vector[index] -= mean;
    length += vector[index] * vector[index];
  }
  length = Math.sqrt(length);
  if (!(length > 1e-9)) return undefined;
  for (let index = 0; index < vector.length; index++) vector[index] /= length;
  return vector;
}

/** Pearson correlation of two fit vectors, from −1 to 1. */
export function correlation(a: FitVector, b: FitVector): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index] * b[index];
  return Math.max(-1, Math.min(1, sum));
}

/** An occupation that can be matched: it has an O*NET interest profile with a pattern. `order` is its place in the catalog (title order). */
export type Matchable = { occupation: Occupation; vector: FitVector; order: number };

/** The catalog's matchable occupations, computed once per list of occupations. */
export const matchableOccupations = perCatalog((occupations: readonly Occupation[]): Matchable[] =>
  occupations.flatMap((occupation, order) => {
    const interests = occupation.figures.interests;
    const vector = interests && fitVector(interests);
    return vector ? [{ occupation, vector, order }] : [];
  }),
);

export type Ranked = { occupation: Occupation; match: number };

/** Best match first; equal matches (to 1e-12) in title order. */
export function rankMatches(reader: FitVector, candidates: readonly Matchable[]): Ranked[] {
  const scored = candidates.map((candidate) => ({ candidate, match: correlation(reader, candidate.vector) }));
  scored.sort((a, b) => (Math.abs(b.match - a.match) > 1e-12 ? b.match - a.match : a.candidate.order - b.candidate.order));
  return scored.map(({ candidate, match }) => ({ occupation: candidate.occupation, match }));
}

/** The words for a match, for the why line: the correlation's strength as people say it. */
export function matchLabel(match: number): string {
  if (match >= 0.7) return "Strong fit";
  if (match >= 0.4) return "Good fit";
  if (match >= 0.1) return "Some fit";
  return "Weak fit";
}
