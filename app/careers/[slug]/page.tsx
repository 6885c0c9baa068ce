import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerProfile } from "@/components/career/career-profile";
import { JsonLd } from "@/components/json-ld";
import { getCareer, getCareers, getRelatedCareers } from "@/lib/careers";
import { formatMoney } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { tiers } from "@/lib/score";
import { absoluteUrl } from "@/lib/site";
import { occupationJsonLd } from "@/lib/structured-data";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCareers().map((career) => ({ slug: career.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const career = getCareer((await params).slug);
  if (!career) return {};
  const alt = `${career.title}: ${tiers[career.score.tier].label}, AI resilience score ${career.score.total}/6, median salary ${formatMoney(career.salary.median)}`;
  return pageMetadata({
    title: career.title,
    description: career.summary,
    path: `/careers/${career.slug}`,
    type: "article",
    image: { url: `/og/careers/${career.slug}`, alt },
  });
}

export default async function CareerPage({ params }: Props) {
  const career = getCareer((await params).slug);
  if (!career) notFound();
  const url = absoluteUrl(`/careers/${career.slug}`);
  return (
    <>
      <JsonLd data={occupationJsonLd(career, url)} />
      <CareerProfile career={career} related={getRelatedCareers(career)} url={url} />
    </>
  );
}
