/**
 * The tidy query string for a /careers request. The filter form is a plain GET form, so it submits
 * every field: a click on "Healthcare" arrives as `?q=&category=healthcare&tier=&…&sort=relevance`,
 * and that is the link a counselor copies. proxy.ts redirects such a request to `?category=healthcare`.
 *
 * A browse parameter is dropped only when the page reads exactly the same query, notices included,
 * without it: so an empty field or a default value goes, while an invalid value stays (with its
 * "Ignored …" notice) and so does every parameter the page does not read (`utm_source`).
 */
import { browseHref, parseBrowseQuery, type RawParams } from "./query";

const browseKeys = new Set(["q", "category", "tier", "education", "minSalary", "credential", "show", "sort", "page"]);

/** A longer query string was not made by the form; it is left as it is rather than worked through. */
const maxPairs = 40;

/** `pairs` as Next gives them to the page: one string, or an array for a repeated name. */
function toRawParams(pairs: ReadonlyArray<[string, string]>): RawParams {
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of pairs) {
    const previous = params[name];
    params[name] = previous === undefined ? value : [previous, value].flat();
  }
  return params;
}

/** Everything the page shows that depends on the query string. */
function reading(pairs: ReadonlyArray<[string, string]>): string {
  const query = parseBrowseQuery(toRawParams(pairs));
  return [browseHref(query), ...query.notes].join("\n");
}

/** One `name=value` of a query string as written, and as the page reads it. */
type Pair = { raw: string; name: string; value: string };

function readPairs(rawSearch: string): Pair[] {
  return rawSearch.replace(/^\?/, "").split("&").filter((raw) => raw !== "").map((raw) => {
    const [[name, value] = ["", ""]] = new URLSearchParams(raw);
    return { raw, name, value };
  });
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
