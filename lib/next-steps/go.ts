/**
 * `GET /go?finder=<id>&soc=<NN-NNNN>&place=<text>`: the "Start this career" form without JavaScript.
 * Checks the finder, the occupation and the place, then redirects (303) to the finder's address,
 * built by finders.ts: the only hosts a redirect can name are the finders'. Never cached: the answer
 * depends on what the reader typed.
 */
import { finderHosts, finderIds, finderUrl, isFinderId, type FinderOccupation } from "./finders";
import { readPlace } from "./place";
import { plainPage, type PlainLink } from "../site/plain-page";

/** The occupation of a SOC code and the page it came from (for the link back), or undefined. */
export type OccupationLookup = (socCode: string) => (FinderOccupation & { path: string }) | undefined;

function page(status: 400 | 404, title: string, message: string, back: PlainLink): Response {
  return new Response(plainPage(title, message, [back]), { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

const browse = { href: "/careers", text: "Browse all careers" };

/** The answer to one request; `lookup` finds the occupation of a SOC code. */
export function answerGo(request: Request, lookup: OccupationLookup): Response {
  const params = new URL(request.url).searchParams;
  const soc = params.get("soc") ?? "";
  const occupation = /^\d{2}-\d{4}$/.test(soc) ? lookup(soc) : undefined;
  if (!occupation) {
    return page(404, "Occupation not found", "This address does not name an occupation of this site (its soc= is not a SOC code we have).", browse);
  }
  const back = { href: `${occupation.path}#start`, text: `Back to ${occupation.title}` };
  const finder = params.get("finder") ?? "";
  if (!isFinderId(finder)) {
    return page(404, "Finder not found", `Choose one of the finders on the page: ${finderIds.join(", ")}.`, back);
  }
  const place = readPlace(params.get("place"));
  if (!place.ok) {
    return page(400, "Check the place", `${place.message} Leave it empty to search the whole country.`, back);
  }
  const location = finderUrl(finder, occupation, place.place);
  // Belt and braces: finders.ts can only build these hosts, and this says so at the door.
  if (!(finderHosts as readonly string[]).includes(new URL(location).host)) {
    return page(400, "Finder not found", `Choose one of the finders on the page: ${finderIds.join(", ")}.`, back);
  }
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
