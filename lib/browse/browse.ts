/** Filters, sorts and pages the occupations for /careers from a parsed browse query. Pure. */
import { effectiveScope, type BrowseQuery, type SortKey } from "./query";
import { occupationsBySlug, titleOrder } from "../catalog/load";
import type { Occupation } from "../catalog/occupations";
import { nearTitles, searchCareers, type SearchIndex } from "./search";
import { entryLevelIds, type CategoryId } from "../content/taxonomy";

export const pageSize = 20;

/**
 * `closeSpellings`: words of the search that matched only with typos (the page says so).
 * `mentionsOnly`: a search that no career is called, whose results only mention its words; the page
 * says so and offers `nearTitles` (figures-only occupations whose official title is spelled close to
 * the search) and the results' categories.
 */
export type BrowseResult = {
  careers: Occupation[];
  total: number;
  page: number;
  pageCount: number;
  closeSpellings: string[];
  mentionsOnly: boolean;
  nearTitles: Occupation[];
  nearCategories: CategoryId[];
};

const medianOf = (occupation: Occupation) => occupation.figures.wages?.median ?? undefined;
const scoreOf = (occupation: Occupation) => (occupation.kind === "profile" ? occupation.score : undefined);

/**
 * A filter on something only a profile has (the AI tier, the credential) leaves figures-only
 * occupations out: they are not rated, which the page says. A figure the agency did not publish
 * never passes a filter on it.
 */
function matchesFilters(occupation: Occupation, query: BrowseQuery): boolean {
  if (effectiveScope(query) === "profiles" && occupation.kind !== "profile") return false;
  if (query.category && occupation.category !== query.category) return false;
  if (query.tier && scoreOf(occupation)?.tier !== query.tier) return false;
  if (query.education) {
    const entry = occupation.figures.projections?.entryEducation?.id;
    if (!entry || entryLevelIds.indexOf(entry) > entryLevelIds.indexOf(query.education)) return false;
  }
  if (query.minSalary !== undefined && (medianOf(occupation) ?? -1) < query.minSalary) return false;
  if (query.credential) {
    if (occupation.kind !== "profile") return false;
    if ((occupation.education?.credentialRequired ?? false) !== (query.credential === "required")) return false;
  }
  return true;
}

/** Highest first; an occupation without the figure after every one that has it. */
const descending = (a: number | undefined, b: number | undefined) => (b ?? -Infinity) - (a ?? -Infinity) || 0;
const byTitle = (a: Occupation, b: Occupation) => titleOrder.compare(a.title, b.title);
const comparators: Record<Exclude<SortKey, "relevance">, (a: Occupation, b: Occupation) => number> = {
  title: byTitle,
  salary: (a, b) => descending(medianOf(a), medianOf(b)) || byTitle(a, b),
  score: (a, b) => descending(scoreOf(a)?.total, scoreOf(b)?.total) || byTitle(a, b),
  growth: (a, b) => descending(a.figures.projections?.percentChange, b.figures.projections?.percentChange) || byTitle(a, b),
};

export function browseCareers(occupations: readonly Occupation[], index: SearchIndex, query: BrowseQuery): BrowseResult {
  let found: Occupation[];
  let closeSpellings: string[] = [];
  let mentionsOnly = false;
  let near: Occupation[] = [];
  if (query.q) {
    const bySlug = occupationsBySlug(occupations);
    const shown = (slug: string) => {
      const occupation = bySlug.get(slug);
      return occupation !== undefined && matchesFilters(occupation, query);
    };
    const search = searchCareers(index, query.q, shown);
    found = search.slugs.flatMap((slug) => bySlug.get(slug) ?? []);
    closeSpellings = search.closeSpellings;
    mentionsOnly = !search.byName;
    if (mentionsOnly) {
      const listed = new Set(search.slugs);
      near = nearTitles(index, query.q, (slug) => !listed.has(slug) && bySlug.get(slug)?.kind === "figures" && shown(slug)).flatMap((slug) => bySlug.get(slug) ?? []);
    }
  } else {
    found = occupations.filter((occupation) => matchesFilters(occupation, query));
  }
  // The catalog is already in title order, so an A–Z list of it needs no sorting.
  const alreadySorted = !query.q && query.sort === "title";
  if (query.sort !== "relevance" && !alreadySorted) found.sort(comparators[query.sort]);

  const pageCount = Math.max(1, Math.ceil(found.length / pageSize));
  const page = Math.min(query.page, pageCount);
  return {
    careers: found.slice((page - 1) * pageSize, page * pageSize),
    total: found.length,
    page,
    pageCount,
    closeSpellings,
    mentionsOnly: mentionsOnly && found.length > 0,
    nearTitles: near,
    nearCategories: mentionsOnly ? topCategories(found) : [],
  };
}

/** The categories most of these occupations belong to, most first (at most three). */
function topCategories(occupations: readonly Occupation[]): CategoryId[] {
  const counts = new Map<CategoryId, number>();
  for (const occupation of occupations) counts.set(occupation.category, (counts.get(occupation.category) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => id);
}
