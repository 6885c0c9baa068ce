/**
 * The reader's limits, applied strictly: an occupation is left out unless it is known to meet every
 * one. A figure the agencies did not publish never passes a limit on it (an occupation without a
 * published wage fails any minimum pay; one without an AI exposure rating fails an exposure limit).
 * Pure.
 */
import { exposurePoints, growthPoints } from "../catalog/score";
import type { Occupation } from "../catalog/occupations";
import { entryLevelIds, type EntryLevel } from "../content/taxonomy";
import type { OccupationFigures } from "../dataset/figures";
import type { AiChoice, FitAnswers, GrowthChoice } from "./answers";

export type Constraints = Pick<FitAnswers, "education" | "minPay" | "ai" | "growth">;
export const constraintKeys = ["education", "minPay", "ai", "growth"] as const;
export type ConstraintKey = (typeof constraintKeys)[number];

/** A full-time year as BLS counts it when it turns an hourly wage into an annual one. */
export const hoursPerYear = 2080;

export type YearlyPay = { amount: number; from: "annual" | "hourly" };

/**
 * The median pay for a year: BLS's annual median, or, for occupations BLS publishes only hourly
 * (actors, dancers, musicians: seldom paid for a full year), the hourly median × 2,080 hours.
 * Undefined when neither is published.
 */
export function yearlyPay(figures: OccupationFigures): YearlyPay | undefined {
  const wages = figures.wages;
  if (wages?.median != null) return { amount: wages.median, from: "annual" };
  if (wages?.hourlyMedian != null) return { amount: Math.round(wages.hourlyMedian * hoursPerYear), from: "hourly" };
  return undefined;
}

/** Exposure points a choice requires at least: `not-high` leaves out above 50% (0 points), `low` keeps only below 25% (2 points). */
const exposureFloor: Record<Exclude<AiChoice, "any">, number> = { "not-high": 1, low: 2 };
/** Growth points a choice requires: `not-declining` is 0% or more, `growing` above +5% (the score's levels). */
const growthFloor: Record<Exclude<GrowthChoice, "any">, number> = { "not-declining": 1, growing: 2 };

function meets(occupation: Occupation, key: ConstraintKey, constraints: Constraints): boolean {
  const figures = occupation.figures;
  switch (key) {
    case "education": {
      if (!constraints.education) return true;
      const entry: EntryLevel | undefined = figures.projections?.entryEducation?.id;
      return entry !== undefined && entryLevelIds.indexOf(entry) <= entryLevelIds.indexOf(constraints.education);
    }
    case "minPay": {
      if (!constraints.minPay) return true;
      const pay = yearlyPay(figures);
      return pay !== undefined && pay.amount >= constraints.minPay;
    }
    case "ai":
      if (constraints.ai === "any") return true;
      return occupation.exposure !== undefined && exposurePoints(occupation.exposure.percent) >= exposureFloor[constraints.ai];
    case "growth":
      if (constraints.growth === "any") return true;
      return figures.projections !== undefined && growthPoints(figures.projections.percentChange) >= growthFloor[constraints.growth];
  }
}

/** The limits an occupation fails (none when it meets them all). */
export function failedConstraints(occupation: Occupation, constraints: Constraints): ConstraintKey[] {
  return constraintKeys.filter((key) => !meets(occupation, key, constraints));
}

export function meetsConstraints(occupation: Occupation, constraints: Constraints): boolean {
  return constraintKeys.every((key) => meets(occupation, key, constraints));
}
