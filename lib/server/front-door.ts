/**
 * The production server's front door (scripts/serve.ts): every request is screened here before
 * Next.js sees it, so one that the site cannot use is refused at once with a 4xx and costs no more
 * than a normal page.
 *
 * Why before Next.js, not in proxy.ts: the costs and failures are in the framework itself, ahead of
 * the proxy. Next.js turns the query string into an object with `keys()` + `getAll()` (quadratic:
 * 7,000 repeated keys took 1.2 s of main-thread time on every route, static ones too), answers a
 * TRACE, a POST to a file in public/, an unsatisfiable Range or a malformed router-state header with
 * a 500 (vercel/next.js#92141), and echoes an absolute-form request target
 * (`GET http://evil.example/x`) in the `Location` of its redirects.
 */
import type { IncomingHttpHeaders } from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";
import { plainPage } from "../site/plain-page";

/** No address of the site needs more: the longest the site makes (/careers with every filter, /compare with four careers) are under 300. */
export const maxQueryLength = 2_048;
/** Name=value pairs in a query string; the filter form submits 8. */
export const maxQueryPairs = 64;
export const allowedMethods = ["GET", "HEAD"] as const;
/** The only address that takes a POST: the feedback form (app/feedback/route.ts). */
export const postPaths = ["/feedback"] as const;

export type Refusal = { status: 400 | 405 | 414; title: string; message: string; headers?: Record<string, string> };

/** What to hand to Next.js: the request target in origin-form, and the headers to leave out. */
export type Admission = { url: string; dropHeaders: string[] };

export type Screened = { ok: true; admission: Admission } | { ok: false; refusal: Refusal };

type RequestHead = { method?: string; url?: string; headers: IncomingHttpHeaders };

const refuse = (status: Refusal["status"], title: string, message: string, headers?: Record<string, string>): Screened => ({
  ok: false,
  refusal: { status, title, message, headers },
});

/**
 * The request target as a path and query (origin-form). An absolute-form target is accepted, as
 * HTTP/1.1 requires, and reduced to its path: the site's own origin comes from SITE_URL, never from
 * the request. Anything else (`*`, `evil.example:443`, an empty target) is undefined.
 */
export function originForm(target: string): string | undefined {
  if (target.startsWith("/")) return target;
  if (!/^https?:\/\//i.test(target)) return undefined;
  const afterAuthority = target.slice(target.indexOf("//") + 2).search(/[/?#]/);
  if (afterAuthority < 0) return "/";
  const rest = target.slice(target.indexOf("//") + 2 + afterAuthority);
  return rest.startsWith("/") ? rest : `/${rest}`;
}

/** The number of `name=value` pairs in a query string (without `?`), counting no further than `limit + 1`. */
function countPairs(query: string, limit: number): number {
  let pairs = 0;
  let start = 0;
  while (start <= query.length && pairs <= limit) {
    const end = query.indexOf("&", start);
    const stop = end < 0 ? query.length : end;
    if (stop > start) pairs++;
    if (end < 0) break;
    start = end + 1;
  }
  return pairs;
}

/** Screens one request head: refused with a reason, or admitted as Next.js should see it. */
/** The path of an origin-form target, without its query. */
const pathOf = (target: string | undefined) => target?.split(/[?#]/, 1)[0];

export function screenRequest({ method = "GET", url = "", headers }: RequestHead): Screened {
  const postable = method === "POST" && (postPaths as readonly (string | undefined)[]).includes(pathOf(originForm(url)));
  if (!(allowedMethods as readonly string[]).includes(method) && !postable) {
    return refuse(405, "Method not allowed", `This site only answers ${allowedMethods.join(" and ")} requests.`, { Allow: allowedMethods.join(", ") });
  }
  const target = originForm(url);
  if (target === undefined) return refuse(400, "Bad request", "The request does not name a page of this site.");
  const queryStart = target.indexOf("?");
  const query = queryStart < 0 ? "" : target.slice(queryStart + 1).split("#", 1)[0];
  if (query.length > maxQueryLength) {
    return refuse(414, "Address too long", `The part of the address after “?” is ${query.length.toLocaleString("en-US")} characters long; no page of this site reads more than ${maxQueryLength.toLocaleString("en-US")}.`);
  }
  if (countPairs(query, maxQueryPairs) > maxQueryPairs) {
    return refuse(414, "Address too long", `The address has more than ${maxQueryPairs} parameters; no page of this site reads that many.`);
  }
  const routerState = headers["next-router-state-tree"];
  if (routerState !== undefined) {
    try {
      parseAndValidateFlightRouterState(routerState);
    } catch {
      return refuse(400, "Bad request", "The request's Next-Router-State-Tree header is not one this site's pages send.");
    }
  }
  // Every file the site serves is small: the whole file (200) is always a correct answer to a Range
  // request, and Next.js answers some ranges (past the end of a file in public/) with a 500.
  const dropHeaders = headers.range === undefined ? [] : ["range"];
  return { ok: true, admission: { url: target, dropHeaders } };
}

/** The page a refusal answers with. */
export function refusalPage({ title, message }: Refusal): string {
  return plainPage(title, message, [{ href: "/", text: "Home page" }, { href: "/careers", text: "Browse all careers" }]);
}
