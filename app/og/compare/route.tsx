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
 *
 * Some parameter names never reach this code (Next.js parses the query into an object and leaves
 * out `__proto__`), so `?careers=a,b&__proto__=<anything>` looks canonical here. Each comparison is
 * therefore drawn once per process and kept (the most recent `drawnKept`): a made-up address costs a
 * lookup, not a drawing, whatever a CDN in front does with it.
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
  const key = slugs.join(",");
  let png = drawn.get(key);
  const kept = png !== undefined;
  if (png) {
    // Most recent last: the oldest is the first to go.
    drawn.delete(key);
  } else {
    const image = new ImageResponse(<CompareOgImage careers={careers} />, { ...ogImageSize, fonts: await ogFonts() });
    png = await image.arrayBuffer();
    if (drawn.size >= drawnKept) drawn.delete(drawn.keys().next().value ?? "");
  }
  drawn.set(key, png);
  // Server-Timing says whether this answer was drawn or kept (standard, visible in browser tools).
  return new Response(png, { headers: { "Content-Type": "image/png", "Server-Timing": `og;desc="${kept ? "kept" : "drawn"}"`, ...ogCacheHeaders } });
}

/** Comparisons whose image is kept (about 40 KB each). */
const drawnKept = 200;
const drawn = new Map<string, ArrayBuffer>();
