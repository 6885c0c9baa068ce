/**
 * The national figures of one occupation, as pages use them: published numbers, or `null` where the
 * agency did not publish one (the page says "not published", never a guess).
 */
import type { CategoryId, EntryLevel } from "../content/taxonomy";

export type Figure = number | null;

/** BLS OEWS, national, all ownerships: annual wage percentiles, hourly median, wage-and-salary jobs. */
export type Wages = {
  p10: Figure;
  p25: Figure;
  median: Figure;
  p75: Figure;
  p90: Figure;
  hourlyMedian: Figure;
  employment: Figure;
  /** "May 2025" */
  release: string;
};

/** BLS Employment Projections: all jobs including the self-employed, and the BLS entry categories. */
export type Projections = {
  employmentBase: number;
  employmentProjected: number;
  percentChange: number;
  annualOpenings: number;
  baseYear: number;
  projectedYear: number;
  /** "2024–34" */
  release: string;
  /** The BLS category as published ("Postsecondary nondegree award") and the format's id for it. */
  entryEducation: { id: EntryLevel; published: string } | undefined;
  workExperience: string;
  onTheJobTraining: string;
};

/** How the exposure of a SOC code was found (the format's rule; the methodology page states it). */
export type ExposureRule = "onet-code" | "mean-of-onet-codes" | "mean-of-children" | "crosswalk" | "profile";

export type Exposure = {
  /** β as a percent, one decimal: the share of tasks an LLM (or software on one) speeds up by half. */
  percent: number;
  rule: ExposureRule;
  /** The O*NET-SOC (or, for aggregates and crosswalks, SOC) codes the value comes from. */
  from: string[];
  /** "GPTs are GPTs (Eloundou et al., 2024), β" or what a profile names. */
  source: string;
};

export const riasec = ["realistic", "investigative", "artistic", "social", "enterprising", "conventional"] as const;
export type InterestArea = (typeof riasec)[number];
/** O*NET interest profile: each area 1–7. */
export type Interests = Record<InterestArea, number>;

export type OccupationFigures = {
  socCode: string;
  /** The official title (OEWS where it has the code, else Employment Projections). */
  title: string;
  /** The slug of the official title: the figures-only page's address. */
  officialSlug: string;
  category: CategoryId;
  wages: Wages | undefined;
  projections: Projections | undefined;
  exposure: Exposure | undefined;
  interests: Interests | undefined;
};

/** "2024–2034" from a projection's years. */
export function projectionPeriod(projections: Pick<Projections, "baseYear" | "projectedYear">): string {
  return `${projections.baseYear}–${projections.projectedYear}`;
}
