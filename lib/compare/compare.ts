/**
 * Reads /compare?careers=a,b,c: up to four known careers, in the order given, plus the slugs that
 * are unknown (named on the page) and any that were dropped over the limit. `add` may also be what
 * someone typed ("nurse"): with `find`, it adds the best match not already compared. Never throws.
 */
import { maxQueryLength, type RawParams } from "../browse/query";
import { cleanQueryText, clipText, shorten } from "../browse/query-text";
import { careersBySlug, type Career } from "../catalog/load";
import { slugPattern } from "../content/schema";

export const maxCompared = 4;

/** `already`: titles an "add" found that were compared already (so it added nothing). */
export type Comparison = { careers: Career[]; unknown: string[]; dropped: string[]; already: string[] };

/** Own string values only (see firstParam in browse-query.ts: `?__proto__&…` skews the prototype). */
function values(params: RawParams, name: string): string[] {
  const param: unknown = Object.hasOwn(params, name) ? params[name] : undefined;
  const all = (Array.isArray(param) ? param : [param]).filter((value): value is string => typeof value === "string");
  // Each value is cleaned and cut like a search (lib/browse/query-text.ts): an `add` runs one.
  return clipText(all.join(","), 2000).split(",").map((value) => cleanQueryText(value, maxQueryLength).toLowerCase()).filter(Boolean);
}

const shown = (text: string) => (slugPattern.test(text) ? text : shorten(text, 40));

export function parseComparison(params: RawParams, careers: readonly Career[], find?: (text: string) => string[]): Comparison {
  const bySlug = careersBySlug(careers);
  const found: Career[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  const take = (career: Career) => {
    if (found.includes(career)) return;
    if (found.length < maxCompared) found.push(career);
    else dropped.push(career.title);
  };
  for (const slug of [...new Set(values(params, "careers"))].slice(0, 50)) {
    const career = bySlug.get(slug);
    if (career) take(career);
    else unknown.push(shown(slug));
  }
  const already: string[] = [];
  for (const text of [...new Set(values(params, "add"))].slice(0, 10)) {
    const exact = bySlug.get(text) ?? careers.find((career) => career.title.toLowerCase() === text);
    const matches = exact ? [exact] : (find?.(text) ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
    const match = matches.find((career) => !found.includes(career));
    if (match) take(match);
    else if (matches.length > 0) already.push(matches[0].title);
    else unknown.push(shown(text));
  }
  return { careers: found, unknown, dropped, already };
}

/** Careers worth offering next: the compared careers' related ones, not yet compared, at most `limit`. */
export function suggestedAdditions(compared: readonly Career[], careers: readonly Career[], limit = 6): Career[] {
  const bySlug = careersBySlug(careers);
  const chosen = new Set(compared.map((career) => career.slug));
  const slugs = [...new Set(compared.flatMap((career) => career.related ?? []))].filter((slug) => !chosen.has(slug));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []).slice(0, limit);
}

/** The shareable URL of a comparison of these slugs. */
export function compareHref(slugs: readonly string[]): string {
  return slugs.length === 0 ? "/compare" : `/compare?careers=${slugs.join(",")}`;
}
