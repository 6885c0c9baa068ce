import { NextResponse, type NextRequest } from "next/server";
import { tidyBrowseSearch } from "@/lib/browse/url";
import { tidyFitSearch } from "@/lib/fit/url";
import { slugPattern } from "@/lib/content/slug";

const badAddressPage =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address | Workweek</title></head>' +
  '<body><main><h1>That address is not valid</h1><p>It contains a broken %-escape. <a href="/careers">Browse all careers</a>.</p></main></body></html>';

/** The pages whose forms submit every field, with the function that makes their links short. */
const tidiers = new Map([
  ["/careers", tidyBrowseSearch],
  ["/fit", tidyFitSearch],
]);

/**
 * Answers a path that is not valid percent-encoding (e.g. `/careers/%E0%A4%A`) with a plain 400 page
 * before routing: Next.js itself would fail on it with a 500 (vercel/next.js#92527).
 *
 * Redirects a /careers request to its tidy URL (lib/browse/url.ts), so the filter form, which
 * submits every field, leaves a short link to copy; a /fit request likewise (lib/fit/url.ts): the
 * questionnaire's thirty fields become one compact `a=`. The redirect is temporary (307): what counts as
 * a default (the sort order, say) may change, and a browser keeps a permanent redirect for good.
 * The site's own links are tidy already (tests/e2e/browse.spec.ts), so its navigations never are.
 *
 * Redirects a profile address typed with capitals (`/careers/Registered-Nurses`) to its lowercase
 * slug, permanently (308): slugs are lowercase by rule, so the lowercase address is the page.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse(badAddressPage, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  }
  // Only letters, digits and hyphens, read as written (never decoded): a redirect built from
  // anything else could leave /careers, or the site (`%2F..%2F%5Cevil.example`).
  const slug = /^\/careers\/([A-Za-z0-9-]+)$/.exec(request.nextUrl.pathname)?.[1];
  if (slug && /[A-Z]/.test(slug) && slugPattern.test(slug.toLowerCase())) {
    const url = request.nextUrl.clone();
    url.pathname = `/careers/${slug.toLowerCase()}`;
    return NextResponse.redirect(url, 308);
  }
  const tidyOf = tidiers.get(request.nextUrl.pathname);
  if (tidyOf) {
    const tidy = tidyOf(request.nextUrl.search);
    if (tidy !== undefined) {
      const url = request.nextUrl.clone();
      url.search = tidy;
      return NextResponse.redirect(url, 307);
    }
  }
  return NextResponse.next();
}

export const config = {
  // Only where there is work to do: the list's and /fit's tidy redirects, a profile address with a capital
  // letter, and any address with a %-escape. Every other request (a profile as linked, the home
  // page, the images) is served without the proxy, at twice the rate (`npm run bench:edge`).
  // Matchers see the path as written (not decoded), case-sensitively.
  matcher: ["/careers", "/fit", "/careers/:slug((?:.*[A-Z].*))", "/(.*%.*)"],
};
