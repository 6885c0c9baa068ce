/** Career progression: the published wage percentiles as five named career stages. Pure. */
import type { Wages } from "../dataset/figures";

export const percentileKeys = ["p10", "p25", "median", "p75", "p90"] as const;
export type PercentileKey = (typeof percentileKeys)[number];

export type ProgressionStage = { key: PercentileKey; label: string; percentile: string; amount: number };

const stages = [
  { key: "p10", label: "Entry", percentile: "10th percentile" },
  { key: "p25", label: "Early career", percentile: "25th percentile" },
  { key: "median", label: "Mid-career", percentile: "Median" },
  { key: "p75", label: "Experienced", percentile: "75th percentile" },
  { key: "p90", label: "Expert", percentile: "90th percentile" },
] as const;

export type StageFigure = Omit<ProgressionStage, "amount"> & { amount?: number };

/**
 * All five stages in order, without an amount where the agency did not publish one (suppressed, or
 * above the top figure it publishes), so a chart can say so.
 */
export function stageFigures(wages: Wages | undefined): StageFigure[] {
  return stages.map((stage) => ({ ...stage, amount: wages?.[stage.key] ?? undefined }));
}

/** The stages with a published amount. */
export function careerProgression(wages: Wages | undefined): ProgressionStage[] {
  return stageFigures(wages).flatMap(({ amount, ...stage }) => (amount === undefined ? [] : [{ ...stage, amount }]));
}
