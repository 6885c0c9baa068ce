import { ImageResponse } from "next/og";
import { CareerOgImage } from "@/components/og/career-og-image";
import { getCareer, getCareers } from "@/lib/catalog";
import { ogCacheHeaders, ogFonts, ogImageSize } from "@/lib/sharing/og-image";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getCareers().map((career) => ({ slug: career.slug }));
}

/** The 1200×630 link-preview image of one profile, generated at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const career = getCareer((await params).slug);
  if (!career) return new Response("Not found", { status: 404 });
  return new ImageResponse(<CareerOgImage career={career} />, { ...ogImageSize, fonts: await ogFonts(), headers: ogCacheHeaders });
}
