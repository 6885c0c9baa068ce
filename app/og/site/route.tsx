import { ImageResponse } from "next/og";
import { SiteOgImage } from "@/components/og/site-og-image";
import { getCareers } from "@/lib/catalog";
import { ogCacheHeaders, ogFonts, ogImageSize } from "@/lib/sharing/og-image";

export const dynamic = "force-static";

/** The site-wide 1200×630 link-preview image, generated at build time. */
export async function GET() {
  return new ImageResponse(<SiteOgImage careerCount={getCareers().length} />, { ...ogImageSize, fonts: await ogFonts(), headers: ogCacheHeaders });
}
