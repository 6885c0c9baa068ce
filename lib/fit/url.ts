/**
 * The tidy query string for a /fit request. The questionnaire is a plain GET form, so it submits
 * one field per activity and every limit, defaults included (`?q1=l&q2=d&…&areas=r&areas=i&edu=&ai=any`);
 * proxy.ts redirects that to the compact link a counselor can send (`?a=ld…&areas=ri`), built by
 * `fitHref` from what the page reads. A link the page cannot read is left as it is, so the page can
 * say what is wrong with it; parameters the page does not read (`utm_source`) are kept as written.
 */
import { activityCount } from "./shape";
import { activityField, fitHref, parseFitParams } from "./answers";
import { readPairs, toRawParams } from "../site/query-pairs";

const fitKeys = new Set(["a", "areas", "edu", "pay", "ai", "growth", "more", "edit", ...Array.from({ length: activityCount }, (_, index) => activityField(index))]);

/** A longer query string was not made by the form (30 activities, 6 areas and 6 other fields at most). */
const maxPairs = 60;

/** The tidy query string (without `?`) for `rawSearch` as it arrived, or undefined when it is already tidy or cannot be read. */
export function tidyFitSearch(rawSearch: string): string | undefined {
  const pairs = readPairs(rawSearch);
  if (pairs.length > maxPairs) return undefined;
  // As for /careers (lib/browse/url.ts): Next's redirect garbles names like `__proto__`, so such links stay as they are.
  if (pairs.some((pair) => pair.name in Object.prototype)) return undefined;
  const fitPairs = pairs.filter((pair) => fitKeys.has(pair.name));
  const parsed = parseFitParams(toRawParams(fitPairs.map(({ name, value }) => [name, value] as const)));
  if (parsed.problems.length > 0) return undefined;
  const tidy = fitHref(parsed.answers).replace(/^\/fit\??/, "");
  if (tidy === fitPairs.map((pair) => pair.raw).join("&")) return undefined;
  return [tidy, ...pairs.filter((pair) => !fitKeys.has(pair.name)).map((pair) => pair.raw)].filter(Boolean).join("&");
}
