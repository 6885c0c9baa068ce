/**
 * The tidy query string for a /careers request. The filter form is a plain GET form, so it submits
 * every field: a click on "Healthcare" arrives as `?q=&category=healthcare&tier=&…&sort=relevance`,
 * and that is the link a counselor copies. proxy.ts redirects such a request to `?category=healthcare`.
 *
 * A browse parameter is dropped only when the page reads exactly the same query, notices included,
 * without it: so an empty field or a default value goes, while an invalid value stays (with its
 * "Ignored …" notice) and so does every parameter the page does not read (`utm_source`).
 */
import { browseHref, parseBrowseQuery } from "./query";
import { readPairs, toRawParams, type Pair } from "../site/query-pairs";

const browseKeys = new Set(["q", "category", "tier", "education", "minSalary", "credential", "show", "sort", "page"]);

/** A longer query string was not made by the form; it is left as it is rather than worked through. */
const maxPairs = 40;

/** Everything the page shows that depends on the query string. */
function reading(pairs: ReadonlyArray<[string, string]>): string {
  const query = parseBrowseQuery(toRawParams(pairs));
  return [browseHref(query), ...query.notes].join("\n");
}

/**
 * The tidy query string (without `?`) for `rawSearch` (the query string as it arrived), or undefined
 * when it is already tidy. Each removal keeps the page's reading unchanged and the result has nothing
 * left to remove, so a redirect to it is never redirected again. The pairs kept are written exactly
 * as they came: a value the page does not read (`x=%FF`) is passed on unchanged, not re-encoded.
 */
export function tidyBrowseSearch(rawSearch: string): string | undefined {
  let pairs = readPairs(rawSearch);
  if (pairs.length > maxPairs) return undefined;
  // Next's redirect garbles names like `toString` or `__proto__` (`?toString=x` came back as
  // `?toString=&toString=x`): such links are left as they are.
  if (pairs.some((pair) => pair.name in Object.prototype)) return undefined;
  const read = (kept: readonly Pair[]) => reading(kept.map(({ name, value }) => [name, value]));
  const meaning = read(pairs);
  let removedAny = false;
  let removed = true;
  while (removed) {
    removed = false;
    for (let index = pairs.length - 1; index >= 0; index--) {
      if (!browseKeys.has(pairs[index].name)) continue;
      const without = pairs.filter((_, other) => other !== index);
      if (read(without) !== meaning) continue;
      pairs = without;
      removed = removedAny = true;
    }
  }
  return removedAny ? pairs.map((pair) => pair.raw).join("&") : undefined;
}
