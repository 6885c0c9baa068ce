/**
 * What a comparison says outside its table: the link preview (description, image and its alt text).
 * Pure functions of the careers. Every figure comes from the one national dataset, so compared
 * careers never mix vintages.
 */
import { compareHref } from "./compare";
import { formatMoney } from "../site/format";
import type { Career } from "../catalog/load";
import { tiers } from "../catalog/score";

const versus = (careers: readonly Career[], value: (career: Career) => string) => careers.map(value).join(" vs ");
const score = (career: Career) => (career.score ? `${career.score.total}/6` : "not rated");
const medianPay = (career: Career) => {
  const median = career.figures.wages?.median;
  return median ? formatMoney(median) : "not published";
};
/** "May 2025": the wage release of the compared careers (one dataset, so one release). */
const wageRelease = (careers: readonly Career[]) => careers.find((career) => career.figures.wages)?.figures.wages?.release;

/** "Registered Nurses vs Software Developers: AI resilience 3/6 vs 3/6; median pay $93,600 vs $133,080 (May 2025)". */
export function comparisonDescription(careers: readonly Career[]): string {
  const release = wageRelease(careers);
  return `${versus(careers, (career) => career.title)}: AI resilience ${versus(careers, score)}; median pay ${versus(careers, medianPay)}${release ? ` (${release})` : ""}`;
}

/** The comparison's own preview image (app/og/compare), with alt text that carries the same facts. */
export function comparisonImage(careers: readonly Career[]): { url: string; alt: string } {
  const resilience = versus(careers, (career) => (career.score ? `${score(career)} (${tiers[career.score.tier].label})` : "not rated"));
  return {
    url: `/og${compareHref(careers.map((career) => career.slug))}`,
    alt: `${versus(careers, (career) => career.title)} compared: AI resilience ${resilience}; median pay ${versus(careers, medianPay)}`,
  };
}
