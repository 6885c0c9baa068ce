/** Career progression: the salary percentiles present, as five named career stages. Pure. */
import type { Salary } from "../content/schema";

export type ProgressionStage = { key: "p10" | "p25" | "median" | "p75" | "p90"; label: string; percentile: string; amount: number };

const stages = [
  { key: "p10", label: "Entry", percentile: "10th percentile" },
  { key: "p25", label: "Early career", percentile: "25th percentile" },
  { key: "median", label: "Mid-career", percentile: "Median" },
  { key: "p75", label: "Experienced", percentile: "75th percentile" },
  { key: "p90", label: "Expert", percentile: "90th percentile" },
] as const;

export type StageFigure = Omit<ProgressionStage, "amount"> & { amount?: number };

/**
 * All five stages in order, without an amount where the wage source does not publish one (BLS
 * leaves out wages above its top figure), so a chart can say so.
 */
export function stageFigures(salary: Salary): StageFigure[] {
  return stages.map((stage) => ({ ...stage, amount: salary[stage.key] }));
}

/** The stages with a published amount. */
export function careerProgression(salary: Salary): ProgressionStage[] {
  return stageFigures(salary).flatMap(({ amount, ...stage }) => (amount === undefined ? [] : [{ ...stage, amount }]));
}
