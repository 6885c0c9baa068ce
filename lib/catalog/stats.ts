/** Counts over the catalog for the home page and the browse filters: occupations per category, profiles per AI tier. Pure. */
import { careersBySlug, perCatalog, type Career } from "./load";
import type { Occupation } from "./occupations";
import { tierOrder, type Tier } from "./score";
import { categoryIds, type CategoryId } from "../content/taxonomy";

/**
 * Counted once per catalog: /careers shows the counts on every request, and a pass over 5,000
 * profiles took ~1 ms of each (`npm run bench`).
 */
const categoryCounts = perCatalog((occupations: readonly Occupation[]): ReadonlyMap<CategoryId, number> => {
  const counts = new Map<CategoryId, number>();
  for (const occupation of occupations) counts.set(occupation.category, (counts.get(occupation.category) ?? 0) + 1);
  return counts;
});

/**
 * Published profiles per category, in the format's order, leaving out empty categories except
 * `keep`: a shared link may name a category that has none (yet), and its filter must still show it.
 */
export function countByCategory(careers: readonly Occupation[], keep?: CategoryId): Array<{ id: CategoryId; count: number }> {
  const counts = categoryCounts(careers);
  return categoryIds.map((id) => ({ id, count: counts.get(id) ?? 0 })).filter((entry) => entry.count > 0 || entry.id === keep);
}

export function countByTier(careers: readonly Career[]): Array<{ tier: Tier; count: number }> {
  return tierOrder.map((tier) => ({ tier, count: careers.filter((career) => career.score?.tier === tier).length }));
}

/** A few careers to start from: the featured slugs that exist, topped up with the rest by title. */
export function pickStarters(careers: readonly Career[], featured: readonly string[], count: number): Career[] {
  const bySlug = careersBySlug(careers);
  const chosen = featured.flatMap((slug) => bySlug.get(slug) ?? []);
  const rest = careers.filter((career) => !chosen.includes(career));
  return [...chosen, ...rest].slice(0, count);
}
