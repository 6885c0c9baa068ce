/**
 * Careers that fit: the reader's profile matched against every occupation with an O*NET interest
 * profile (rank.ts), the reader's limits applied strictly (constraints.ts), grouped by training
 * (groups.ts), each group best match first. Pure: the page passes the catalog's occupations.
 */
import type { Occupation } from "../catalog/occupations";
import { trainingGroups, type FitAnswers, type TrainingGroup } from "./answers";
import { constraintKeys, failedConstraints, type ConstraintKey } from "./constraints";
import { trainingGroupOf } from "./groups";
import { readerProfile, type ReaderProfile } from "./profile";
import type { Questionnaire } from "./questions";
import { fitVector, matchableOccupations, rankMatches, type Matchable, type Ranked } from "./rank";

/** Careers listed per training group until the reader asks for the whole group. */
export const perGroup = 10;

export type FitGroup = { id: TrainingGroup; total: number; shown: Ranked[] };

export type FitResult =
  | {
      kind: "ranked";
      profile: ReaderProfile;
      groups: FitGroup[];
      /** Careers that meet every limit. */
      total: number;
      /** Occupations with an interest profile and an entry education: the ones matched. */
      considered: number;
      /** Occupations of the catalog that cannot be matched (no O*NET interest profile, or no entry education). */
      unmatched: number;
      /** How many of the considered occupations each limit leaves out (one may fail several). */
      ruledOut: Record<ConstraintKey, number>;
    }
  /** Every area scores the same: there is no pattern to match. */
  | { kind: "flat"; profile: ReaderProfile };

export function findFits(occupations: readonly Occupation[], questionnaire: Questionnaire, answers: FitAnswers): FitResult | undefined {
  const profile = readerProfile(questionnaire, answers);
  if (!profile) return undefined;
  const reader = fitVector(profile.scores);
  if (!reader) return { kind: "flat", profile };

  const byGroup = new Map<TrainingGroup, Matchable[]>(trainingGroups.map((id) => [id, []]));
  const ruledOut = Object.fromEntries(constraintKeys.map((key) => [key, 0])) as Record<ConstraintKey, number>;
  let considered = 0;
  const matchable = matchableOccupations(occupations);
  for (const candidate of matchable) {
    const group = trainingGroupOf(candidate.occupation.figures);
    if (!group) continue;
    considered++;
    const failed = failedConstraints(candidate.occupation, answers);
    for (const key of failed) ruledOut[key]++;
    if (failed.length === 0) byGroup.get(group)?.push(candidate);
  }
  const groups = trainingGroups.map((id): FitGroup => {
    const candidates = byGroup.get(id) ?? [];
    const ranked = rankMatches(reader, candidates);
    return { id, total: ranked.length, shown: answers.more === id ? ranked : ranked.slice(0, perGroup) };
  });
  return {
    kind: "ranked",
    profile,
    groups,
    total: groups.reduce((sum, group) => sum + group.total, 0),
    considered,
    unmatched: occupations.length - considered,
    ruledOut,
  };
}
