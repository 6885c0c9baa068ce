import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { CompareOgImage } from "@/components/og/compare-og-image";
import { SiteOgImage } from "@/components/og/site-og-image";
import { getCareers } from "@/lib/careers";
import { parseComparison } from "@/lib/compare";
import { ogFonts, ogImageSize } from "@/lib/og-image";

/**
 * The 1200×630 link-preview image of a comparison, `/og/compare?careers=a,b`, drawn on request
 * (there are too many combinations to build). Fewer than two known careers get the site's image,
 * so a mangled link still previews. Each draw costs 20–75 ms of CPU, so a CDN may keep it until the
 * next deploy's purge (`s-maxage`, as for the pages built at build time); browsers revalidate.
 */
export async function GET(request: NextRequest) {
  const all = getCareers();
  const { careers } = parseComparison({ careers: request.nextUrl.searchParams.getAll("careers") }, all);
  const image = careers.length >= 2 ? <CompareOgImage careers={careers} /> : <SiteOgImage careerCount={all.length} />;
  return new ImageResponse(image, { ...ogImageSize, fonts: await ogFonts(), headers: { "Cache-Control": "public, max-age=0, s-maxage=31536000" } });
}
