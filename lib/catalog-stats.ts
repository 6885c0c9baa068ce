/** Counts over the catalog for the home page: profiles per category and per AI tier. Pure. */
import { careersBySlug, type Career } from "./load";
import { tierOrder, type Tier } from "./score";
import { categoryIds, type CategoryId } from "./taxonomy";

export function countByCategory(careers: readonly Career[]): Array<{ id: CategoryId; count: number }> {
  return categoryIds
    .map((id) => ({ id, count: careers.filter((career) => career.category === id).length }))
    .filter((entry) => entry.count > 0);
}

export function countByTier(careers: readonly Career[]): Array<{ tier: Tier; count: number }> {
  return tierOrder.map((tier) => ({ tier, count: careers.filter((career) => career.score.tier === tier).length }));
}

/** A few careers to start from: the featured slugs that exist, topped up with the rest by title. */
export function pickStarters(careers: readonly Career[], featured: readonly string[], count: number): Career[] {
  const bySlug = careersBySlug(careers);
  const chosen = featured.flatMap((slug) => bySlug.get(slug) ?? []);
  const rest = careers.filter((career) => !chosen.includes(career));
  return [...chosen, ...rest].slice(0, count);
}
