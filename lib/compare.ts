/**
 * Reads /compare?careers=a,b,c: up to four known careers, in the order given, plus the slugs that
 * are unknown (named on the page) and any that were dropped over the limit. Never throws.
 */
import type { RawParams } from "./browse-query";
import type { Career } from "./load";
import { slugPattern } from "./schema";

export const maxCompared = 4;

export type Comparison = { careers: Career[]; unknown: string[]; dropped: string[] };

/** Own string values only (see firstParam in browse-query.ts: `?__proto__&…` skews the prototype). */
function values(params: RawParams, name: string): string[] {
  const param: unknown = Object.hasOwn(params, name) ? params[name] : undefined;
  const all = (Array.isArray(param) ? param : [param]).filter((value): value is string => typeof value === "string");
  return all.join(",").slice(0, 2000).split(",").map((slug) => slug.trim().toLowerCase()).filter(Boolean);
}

export function parseComparison(params: RawParams, careers: readonly Career[]): Comparison {
  const bySlug = new Map(careers.map((career) => [career.slug, career]));
  const requested = [...new Set([...values(params, "careers"), ...values(params, "add")])].slice(0, 50);
  const found: Career[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  for (const slug of requested) {
    const career = bySlug.get(slug);
    if (!career) unknown.push(slugPattern.test(slug) ? slug : `${slug.slice(0, 40)}${slug.length > 40 ? "…" : ""}`);
    else if (found.length < maxCompared) found.push(career);
    else dropped.push(career.title);
  }
  return { careers: found, unknown, dropped };
}

/** The shareable URL of a comparison of these slugs. */
export function compareHref(slugs: readonly string[]): string {
  return slugs.length === 0 ? "/compare" : `/compare?careers=${slugs.join(",")}`;
}
