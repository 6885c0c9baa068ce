/** Filters, sorts and pages careers for /careers from a parsed browse query. Pure. */
import type { BrowseQuery, SortKey } from "./query";
import { careersBySlug, titleOrder, type Career } from "../catalog/load";
import { searchCareers, type SearchIndex } from "./search";
import { entryLevelIds } from "../content/taxonomy";

export const pageSize = 20;

/** `closeSpellings`: words of the search that matched only with typos (the page says so). */
export type BrowseResult = { careers: Career[]; total: number; page: number; pageCount: number; closeSpellings: string[] };

function matchesFilters(career: Career, query: BrowseQuery): boolean {
  if (query.category && career.category !== query.category) return false;
  if (query.tier && career.score.tier !== query.tier) return false;
  if (query.education && entryLevelIds.indexOf(career.education.entryLevel) > entryLevelIds.indexOf(query.education)) return false;
  if (query.minSalary !== undefined && career.salary.median < query.minSalary) return false;
  if (query.credential === "required" && !career.education.credentialRequired) return false;
  if (query.credential === "not-required" && career.education.credentialRequired) return false;
  return true;
}

const byTitle = (a: Career, b: Career) => titleOrder.compare(a.title, b.title);
const comparators: Record<Exclude<SortKey, "relevance">, (a: Career, b: Career) => number> = {
  title: byTitle,
  salary: (a, b) => b.salary.median - a.salary.median || byTitle(a, b),
  score: (a, b) => b.score.total - a.score.total || byTitle(a, b),
  growth: (a, b) => b.outlook.growthPercent - a.outlook.growthPercent || byTitle(a, b),
};

export function browseCareers(careers: readonly Career[], index: SearchIndex, query: BrowseQuery): BrowseResult {
  let found: Career[];
  let closeSpellings: string[] = [];
  if (query.q) {
    const bySlug = careersBySlug(careers);
    const shown = (slug: string) => {
      const career = bySlug.get(slug);
      return career !== undefined && matchesFilters(career, query);
    };
    const search = searchCareers(index, query.q, shown);
    found = search.slugs.flatMap((slug) => bySlug.get(slug) ?? []);
    closeSpellings = search.closeSpellings;
  } else {
    found = careers.filter((career) => matchesFilters(career, query));
  }
  // The catalog is already in title order, so an A–Z list of it needs no sorting.
  const alreadySorted = !query.q && query.sort === "title";
  if (query.sort !== "relevance" && !alreadySorted) found.sort(comparators[query.sort]);

  const pageCount = Math.max(1, Math.ceil(found.length / pageSize));
  const page = Math.min(query.page, pageCount);
  return { careers: found.slice((page - 1) * pageSize, page * pageSize), total: found.length, page, pageCount, closeSpellings };
}
