/**
 * What a /careers link says about itself in a browser tab and a link preview: a title that names the
 * search and every filter, and a description with how many careers the link shows and the first of
 * them. A counselor who shares "AI-Resilient healthcare careers" gets a preview that says so.
 * Pure functions of the query and its result.
 */
import type { BrowseResult } from "./browse";
import { describeFilters, type BrowseQuery } from "./query";
import { formatCareerCount, formatList } from "../site/format";
import { categoryLabel } from "../content/taxonomy";

/** How many careers a description names before "including" stops. */
const namedInDescription = 3;

/** "Healthcare careers matching “nurse” · AI-Augmented · page 2"; "All careers" for the bare list. */
export function browseTitle(query: BrowseQuery, page = query.page): string {
  const filters = describeFilters(query).filter((filter) => filter.key !== "category");
  let subject = query.category ? `${categoryLabel(query.category)} careers` : "Careers";
  if (query.q) subject += ` matching “${query.q}”`;
  else if (!query.category && filters.length === 0) subject = "All careers";
  return [subject, ...filters.map((filter) => filter.label), ...(page > 1 ? [`page ${page}`] : [])].join(" · ");
}

/**
 * "9 careers, including Dental Assistants, Medical Assistants and Pharmacists." then the category's
 * own description when there is one; the bare list invites a search instead.
 */
export function browseDescription(query: BrowseQuery, result: Pick<BrowseResult, "careers" | "total"> & Partial<Pick<BrowseResult, "mentionsOnly">>, categoryText?: string): string {
  const filtered = query.q !== "" || describeFilters(query).length > 0;
  if (!filtered) {
    return `Search and filter ${formatCareerCount(result.total)} by category, AI resilience, education, salary and credentials.`;
  }
  const titles = result.careers.slice(0, namedInDescription).map((career) => career.title);
  const count = formatCareerCount(result.total);
  const named = `${result.total > titles.length ? ", including" : ":"} ${formatList(titles)}.`;
  const found =
    result.total === 0
      ? "No career matches this search and these filters."
      : result.mentionsOnly
        ? `No career is called “${query.q}”; ${count} ${result.total === 1 ? "mentions" : "mention"} it${named}`
        : `${count}${named}`;
  return categoryText ? `${found} ${categoryText}` : found;
}
