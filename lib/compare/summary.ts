/**
 * What a comparison says outside its table: the link preview (description, image and its alt text)
 * and the notice when the compared figures come from different years. Pure functions of the careers.
 */
import { compareHref } from "./compare";
import { formatList, formatMoney, formatPeriod } from "../site/format";
import type { Career } from "../catalog/load";
import { tiers } from "../catalog/score";

const versus = (careers: readonly Career[], value: (career: Career) => string) => careers.map(value).join(" vs ");
const score = (career: Career) => `${career.score.total}/6`;
const medianPay = (career: Career) => formatMoney(career.salary.median);
const distinct = (values: string[]) => [...new Set(values)].sort();

/**
 * "Registered Nurses vs Software Developers: AI resilience 3/6 vs 3/6; median pay $86,070 vs
 * $120,730 (2023 vs 2021 wages)": the wage years only when they differ, as on the page.
 */
export function comparisonDescription(careers: readonly Career[]): string {
  const years = distinct(careers.map((career) => String(career.salary.year)));
  const wageYears = years.length > 1 ? ` (${versus(careers, (career) => String(career.salary.year))} wages)` : "";
  return `${versus(careers, (career) => career.title)}: AI resilience ${versus(careers, score)}; median pay ${versus(careers, medianPay)}${wageYears}`;
}

/** The comparison's own preview image (app/og/compare), with alt text that carries the same facts. */
export function comparisonImage(careers: readonly Career[]): { url: string; alt: string } {
  const resilience = versus(careers, (career) => `${score(career)} (${tiers[career.score.tier].label})`);
  return {
    url: `/og${compareHref(careers.map((career) => career.slug))}`,
    alt: `${versus(careers, (career) => career.title)} compared: AI resilience ${resilience}; median pay ${versus(careers, medianPay)}`,
  };
}

/**
 * When the compared wages or projections are from different years, one sentence saying so (a 2021
 * median next to a 2023 one is not like for like); otherwise undefined.
 */
export function figureYearsNotice(careers: readonly Career[]): string | undefined {
  const wageYears = distinct(careers.map((career) => String(career.salary.year)));
  const periods = distinct(careers.map((career) => formatPeriod(career.outlook.period)));
  const differences = [
    ...(wageYears.length > 1 ? [`median pay from ${formatList(wageYears)}`] : []),
    ...(periods.length > 1 ? [`job outlook for ${formatList(periods)}`] : []),
  ];
  if (differences.length === 0) return undefined;
  return `These figures are from different years (${differences.join("; ")}), so part of a gap between them can be down to timing.`;
}
