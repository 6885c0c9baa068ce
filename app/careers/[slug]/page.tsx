import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerProfile } from "@/components/career/career-profile";
import { getCareer, getCareers, getRelatedCareers } from "@/lib/careers";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCareers().map((career) => ({ slug: career.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const career = getCareer((await params).slug);
  if (!career) return {};
  return { title: career.title, description: career.summary };
}

export default async function CareerPage({ params }: Props) {
  const career = getCareer((await params).slug);
  if (!career) notFound();
  return <CareerProfile career={career} related={getRelatedCareers(career)} />;
}
