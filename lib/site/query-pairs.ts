/**
 * A query string as pages and proxy.ts read it. No dependencies: proxy.ts uses it.
 */

/** The query parameters as Next gives them to a page: one string, or an array for a repeated name. */
export type RawParams = Record<string, string | string[] | undefined>;

/** One `name=value` of a query string as written (`raw`), and as the page reads it. */
export type Pair = { raw: string; name: string; value: string };

export function readPairs(rawSearch: string): Pair[] {
  return rawSearch.replace(/^\?/, "").split("&").filter((raw) => raw !== "").map((raw) => {
    const [[name, value] = ["", ""]] = new URLSearchParams(raw);
    return { raw, name, value };
  });
}

/** `pairs` as Next gives them to the page, on an object without a prototype (`__proto__` is a name like any other). */
export function toRawParams(pairs: ReadonlyArray<readonly [string, string]>): RawParams {
  const params: RawParams = Object.create(null);
  for (const [name, value] of pairs) {
    const previous = params[name];
    params[name] = previous === undefined ? value : [previous, value].flat();
  }
  return params;
}
