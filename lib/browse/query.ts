/**
 * Reads the /careers query string into a typed browse query. Never throws: unknown parameters are
 * ignored, repeated ones use the first value (with a note when the others differ), and values that
 * make no sense are dropped with a note the page shows, so any link, however mangled, still gives a page.
 */
import { cleanQueryText, clipText, shorten } from "./query-text";
import type { RawParams } from "../site/query-pairs";
import { tierOrder, tiers, type Tier } from "../catalog/score";
import { categories, categoryIds, entryLevelIds, entryLevels, type CategoryId, type EntryLevel } from "../content/taxonomy";

export const sortKeys = ["relevance", "title", "salary", "score", "growth"] as const;
export type SortKey = (typeof sortKeys)[number];
export const sortLabels: Record<SortKey, string> = {
  relevance: "Best match",
  title: "Title (A–Z)",
  salary: "Median salary (highest first)",
  score: "AI resilience score (highest first)",
  growth: "Projected growth (highest first)",
};

export type CredentialFilter = "required" | "not-required";

/**
 * Which occupations a list holds: full profiles, or every occupation (figures-only pages too).
 * Unset, a search covers every occupation (someone typing "home health aide" wants that job's
 * figures rather than nothing) and the bare list shows the written profiles.
 */
export const scopes = ["profiles", "all"] as const;
export type Scope = (typeof scopes)[number];
export const scopeLabels: Record<Scope, string> = { profiles: "Full profiles only", all: "All occupations, with figures-only pages" };

export function effectiveScope(query: Pick<BrowseQuery, "q" | "show">): Scope {
  return query.show ?? (query.q ? "all" : "profiles");
}

export type BrowseQuery = {
  q: string;
  category?: CategoryId;
  tier?: Tier;
  education?: EntryLevel;
  minSalary?: number;
  credential?: CredentialFilter;
  /** Set only when the reader chose it; see `effectiveScope`. */
  show?: Scope;
  sort: SortKey;
  page: number;
  /** What was ignored and why, in words for the reader. */
  notes: string[];
};

export type { RawParams };

export const maxQueryLength = 100;
const maxParamLength = 200;

/** Each parameter the page reads, in the reader's words. */
const paramNames = {
  q: "search",
  category: "category",
  tier: "AI tier",
  education: "education level",
  minSalary: "minimum salary",
  credential: "credential choice",
  show: "occupations to show",
  sort: "sort order",
  page: "page",
} as const;
type ParamName = keyof typeof paramNames;

/**
 * The strings given for `name`. Only own properties, only strings: Next builds `params` by plain
 * assignment, so `?__proto__&sort` gives it an array as prototype and makes `params.sort` the array
 * `[Array.prototype.sort, ""]` (that URL was a 500).
 */
function paramValues(params: RawParams, name: ParamName): string[] {
  const value: unknown = Object.hasOwn(params, name) ? params[name] : undefined;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  const strings = values.filter((item): item is string => typeof item === "string");
  // `?category=&category=healthcare`: an empty field says nothing, so the value given counts.
  const given = strings.filter((item) => item.trim() !== "");
  return given.length > 0 ? given : strings.slice(0, 1);
}

/** The first string given for `name`, cleaned (lib/browse/query-text.ts) and cut to `maxParamLength`. */
function firstParam(params: RawParams, name: ParamName): string | undefined {
  const one = paramValues(params, name)[0];
  return one === undefined ? undefined : cleanQueryText(one, maxParamLength);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

const quote = (value: string) => `"${shorten(value, 40)}"`;

/** A note for each parameter given more than once with different values: only the first is used. */
function repeatNotes(params: RawParams): string[] {
  return Object.entries(paramNames).flatMap(([name, what]) => {
    const values = paramValues(params, name as ParamName).map((value) => cleanQueryText(value, maxParamLength));
    if (values.every((value) => value === values[0])) return [];
    return [`The link gives ${values.length} values for ${what}; used the first, ${quote(values[0])}.`];
  });
}

/** `show` as chosen, or unset when it is the default for the search given, as browseHref writes it (`?q=nurse&show=all` is `?q=nurse`). */
function chosenScope(show: Scope | undefined, q: string): Scope | undefined {
  return show === effectiveScope({ q, show: undefined }) ? undefined : show;
}

export function parseBrowseQuery(params: RawParams): BrowseQuery {
  const notes: string[] = [];
  const read = <T extends string>(name: ParamName, allowed: readonly T[]): T | undefined => {
    const raw = firstParam(params, name);
    if (raw === undefined || raw === "") return undefined;
    const value = oneOf(raw, allowed);
    if (value === undefined) notes.push(`Ignored ${paramNames[name]} ${quote(raw)}: not one we know.`);
    return value;
  };

  let q = firstParam(params, "q") ?? "";
  if (clipText(q, maxQueryLength) !== q) {
    q = clipText(q, maxQueryLength).trim();
    notes.push(`Your search was shortened to its first ${maxQueryLength} characters.`);
  }

  let minSalary: number | undefined;
  const rawSalary = firstParam(params, "minSalary");
  if (rawSalary) {
    const parsed = Number(rawSalary.replace(/[$,\s]/g, ""));
    if (Number.isSafeInteger(parsed) && parsed >= 0 && parsed <= 10_000_000) minSalary = parsed || undefined;
    else notes.push(`Ignored minimum salary ${quote(rawSalary)}: use a whole number of dollars.`);
  }

  const rawPage = firstParam(params, "page");
  const page = rawPage && /^\d{1,6}$/.test(rawPage) && Number(rawPage) >= 1 ? Number(rawPage) : 1;

  const sort = read("sort", sortKeys) ?? (q ? "relevance" : "title");
  return {
    q,
    category: read("category", categoryIds),
    tier: read("tier", tierOrder),
    education: read("education", entryLevelIds),
    minSalary,
    credential: read("credential", ["required", "not-required"] as const),
    show: chosenScope(read("show", scopes), q),
    sort: sort === "relevance" && !q ? "title" : sort,
    page,
    notes: [...notes, ...repeatNotes(params)],
  };
}

/** Whether the sort is the default one, which links leave out: best match for a search; without one, best match means A–Z. */
export function isDefaultSort({ q, sort }: Pick<BrowseQuery, "q" | "sort">): boolean {
  return sort === "relevance" || (!q && sort === "title");
}

/** The canonical query string for a browse query (only what is set, in a fixed order). */
export function browseHref(query: Partial<BrowseQuery>, overrides: Partial<BrowseQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.category) params.set("category", merged.category);
  if (merged.tier) params.set("tier", merged.tier);
  if (merged.education) params.set("education", merged.education);
  if (merged.minSalary) params.set("minSalary", String(merged.minSalary));
  if (merged.credential) params.set("credential", merged.credential);
  if (merged.show && merged.show !== effectiveScope({ q: merged.q ?? "", show: undefined })) params.set("show", merged.show);
  if (merged.sort && !isDefaultSort({ q: merged.q ?? "", sort: merged.sort })) params.set("sort", merged.sort);
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const search = params.toString();
  return search ? `/careers?${search}` : "/careers";
}

/** Reads back a link made by `browseHref`. */
export function parseBrowseHref(href: string): BrowseQuery {
  return parseBrowseQuery(Object.fromEntries(new URL(href, "http://localhost").searchParams));
}

/** Human words for each active filter, for the result summary and the empty state. */
export function describeFilters(query: BrowseQuery): Array<{ key: keyof BrowseQuery; label: string }> {
  const labels: Array<{ key: keyof BrowseQuery; label: string } | false> = [
    query.category !== undefined && { key: "category", label: categories[query.category] },
    query.tier !== undefined && { key: "tier", label: tiers[query.tier].label },
    query.education !== undefined && { key: "education", label: `Education up to: ${entryLevels[query.education]}` },
    query.minSalary !== undefined && { key: "minSalary", label: `Median at least $${query.minSalary.toLocaleString("en-US")}` },
    query.show !== undefined && { key: "show", label: scopeLabels[query.show] },
    query.credential !== undefined && {
      key: "credential",
      label: query.credential === "required" ? "License or certification required" : "No license or certification required",
    },
  ];
  return labels.filter((label) => label !== false);
}
