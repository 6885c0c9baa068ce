import type { Metadata } from "next";
import { CareerRoute, careerMetadata } from "@/components/career/career-route";
import { getOccupations } from "@/lib/catalog";

type Props = { params: Promise<{ slug: string }> };

// Every occupation (its profile, or its figures) is generated at build time; any other slug is a 404 without rendering.
// (In development, /careers/<slug> is served by app/dev/careers/[slug] so new files show at once.)
export const dynamicParams = false;

export function generateStaticParams() {
  return getOccupations().map((occupation) => ({ slug: occupation.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return careerMetadata((await params).slug);
}

export default async function CareerPage({ params }: Props) {
  return <CareerRoute slug={(await params).slug} />;
}
