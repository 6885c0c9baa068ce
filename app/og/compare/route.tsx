import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { CompareOgImage } from "@/components/og/compare-og-image";
import { getCareers } from "@/lib/catalog";
import { compareHref, parseComparison } from "@/lib/compare/compare";
import { ogCacheHeaders, ogFonts, ogImageSize } from "@/lib/sharing/og-image";

/**
 * The 1200×630 link-preview image of a comparison, `/og/compare?careers=a,b`, drawn on request
 * (there are too many combinations to build). Each draw costs 20–75 ms of CPU, so only the
 * canonical address of a comparison is drawn, and a CDN may keep it until the next deploy's purge:
 * any other spelling of it (unknown or repeated careers, other parameters) redirects there, and
 * fewer than two known careers redirect to the site's image, so a mangled link still previews
 * and no one can make the server draw one image per made-up URL.
 */
export async function GET(request: NextRequest) {
  const { careers } = parseComparison({ careers: request.nextUrl.searchParams.getAll("careers") }, getCareers());
  const slugs = careers.map((career) => career.slug);
  // Compared as parameters: the request's URL comes re-encoded (`,` as `%2C`).
  const params = [...request.nextUrl.searchParams];
  const canonical = careers.length >= 2 && params.length === 1 && params[0][0] === "careers" && params[0][1] === slugs.join(",");
  if (!canonical) {
    // A relative Location: the address never depends on the request's Host header.
    const location = careers.length >= 2 ? `/og${compareHref(slugs)}` : "/og/site";
    return new Response(null, { status: 307, headers: { Location: location, "Cache-Control": "no-store" } });
  }
  return new ImageResponse(<CompareOgImage careers={careers} />, { ...ogImageSize, fonts: await ogFonts(), headers: ogCacheHeaders });
}
