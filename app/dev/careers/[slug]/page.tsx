import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerRoute, careerMetadata } from "@/components/career/career-route";
import { ContentRefresher } from "@/components/dev/content-refresher";
import { isDevelopment } from "@/lib/catalog";

type Props = { params: Promise<{ slug: string }> };

/**
 * Development only (next.config.ts rewrites /careers/<slug> here in `next dev`): the profile page
 * rendered on every request, so a new, renamed or broken file shows at once. A 404 in production.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return isDevelopment ? careerMetadata((await params).slug) : {};
}

export default async function DevCareerPage({ params }: Props) {
  if (!isDevelopment) notFound();
  // Only this development route loads the refresher, so no production page ships it.
  return (
    <>
      <CareerRoute slug={(await params).slug} />
      <ContentRefresher />
    </>
  );
}
