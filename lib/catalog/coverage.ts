/**
 * How much of U.S. employment the catalog's profiles cover, and which of the largest occupations
 * still lack one. Occupations are ranked by Employment Projections base-year employment (ties by
 * code), as in the catalog plan; "all other" groups are residual and get no profile of their own.
 */
import type { OccupationFigures } from "../dataset/figures";
import type { NationalDataset } from "../dataset/national";

export type PlanEntry = {
  rank: number;
  socCode: string;
  title: string;
  employment: number;
  /** An "…, all other" group: not a job anyone is hired as. */
  residual: boolean;
  /** The profile written for the code, if any. */
  profile: string | undefined;
};

/** The catalog plan's ranks 1–320 (non-residual) are the goal: about 88% of all jobs. */
export const plannedRanks = 320;

const isResidual = (figures: OccupationFigures) => /, all other\b/i.test(figures.title);

export function catalogPlan(dataset: NationalDataset, profiles: ReadonlyArray<{ slug: string; socCode: string }>): PlanEntry[] {
  const profileOf = new Map(profiles.map((profile) => [profile.socCode, profile.slug]));
  return [...dataset.occupations.values()]
    .map((figures) => ({ figures, employment: figures.projections?.employmentBase ?? 0 }))
    .sort((a, b) => b.employment - a.employment || a.figures.socCode.localeCompare(b.figures.socCode))
    .map(({ figures, employment }, index) => ({
      rank: index + 1,
      socCode: figures.socCode,
      title: figures.title,
      employment,
      residual: isResidual(figures),
      profile: profileOf.get(figures.socCode),
    }));
}

export type Coverage = {
  /** Percent of all employment in the dataset's occupations that profiled occupations hold. */
  employmentShare: number;
  profiles: number;
  /** Non-residual occupations within the planned ranks that have no profile yet, largest first. */
  missing: PlanEntry[];
};

export function catalogCoverage(plan: readonly PlanEntry[], ranks = plannedRanks): Coverage {
  const total = plan.reduce((sum, entry) => sum + entry.employment, 0);
  const covered = plan.filter((entry) => entry.profile !== undefined);
  const share = total === 0 ? 0 : (100 * covered.reduce((sum, entry) => sum + entry.employment, 0)) / total;
  return {
    employmentShare: Math.round(share * 10) / 10,
    profiles: covered.length,
    missing: plan.filter((entry) => entry.rank <= ranks && !entry.residual && entry.profile === undefined),
  };
}
