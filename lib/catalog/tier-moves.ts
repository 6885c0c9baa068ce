/**
 * Which profiles' AI tiers a new national dataset moves: two of the score's three inputs (exposure
 * and growth) come from the dataset, so a yearly refresh can move a profile to another tier without
 * anyone editing it. `npm run data:import` prints these lines so the change is seen before it ships.
 * Pure: it compares the profiles as loaded with the old and with the new figures.
 */
import { tiers, type Score } from "./score";

/** A profile as the comparison needs it: its slug and its score (undefined when no exposure is known). */
export type ProfileScore = { slug: string; score: Score | undefined };

/**
 * A profile's state with one dataset: scored (tier and total), valid but unscored, or not valid at all
 * (its code left the dataset, or it now types an exposure the dataset has).
 */
type TierState = { kind: "scored"; label: string; total: number } | { kind: "unscored" } | { kind: "invalid" };

function stateOf(profile: ProfileScore | undefined): TierState {
  if (!profile) return { kind: "invalid" };
  if (!profile.score) return { kind: "unscored" };
  return { kind: "scored", label: tiers[profile.score.tier].label, total: profile.score.total };
}

function stateText(state: TierState): string {
  if (state.kind === "scored") return `${state.label} (${state.total}/6)`;
  return state.kind === "unscored" ? "no score (no AI exposure for its code)" : "not valid (run npm run content:check)";
}

/** Only the tier, or whether there is a score at all, counts: a total that moves within its tier changes no label. */
function sameTier(a: TierState, b: TierState): boolean {
  if (a.kind === "scored" && b.kind === "scored") return a.label === b.label;
  return a.kind === b.kind;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * One line per profile whose tier (or scored state) differs, by slug, under a count line:
 * `  medical-assistants: AI-Augmented (4/6) → AI-Resilient (5/6)`. A profile missing from one list
 * is one that did not load with that dataset. Without a previous dataset there is nothing to compare.
 */
export function describeTierMoves(before: readonly ProfileScore[] | undefined, after: readonly ProfileScore[]): string[] {
  if (!before) {
    const scored = after.filter((profile) => profile.score).length;
    return [`No previous dataset to compare AI tiers with: ${plural(scored, "profile", "profiles")} scored, ${after.length - scored} without a score.`];
  }
  const old = new Map(before.map((profile) => [profile.slug, profile]));
  const now = new Map(after.map((profile) => [profile.slug, profile]));
  const slugs = [...new Set([...old.keys(), ...now.keys()])].sort();
  const moves = slugs.flatMap((slug) => {
    const from = stateOf(old.get(slug));
    const to = stateOf(now.get(slug));
    return sameTier(from, to) ? [] : [`  ${slug}: ${stateText(from)} → ${stateText(to)}`];
  });
  if (moves.length === 0) return ["No profile's AI tier moved."];
  return [`AI tier moved for ${plural(moves.length, "profile", "profiles")}:`, ...moves];
}
