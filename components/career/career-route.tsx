import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentProblems } from "@/components/dev/content-problems";
import { JsonLd } from "@/components/json-ld";
import { getCareer, getProfileProblems, getRelatedCareers } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";
import { pageMetadata } from "@/lib/sharing/metadata";
import { tiers } from "@/lib/catalog/score";
import { absoluteUrl } from "@/lib/site/site";
import { occupationJsonLd } from "@/lib/sharing/structured-data";
import { CareerProfile } from "./career-profile";

/** Metadata of the profile page `/careers/<slug>`. */
export function careerMetadata(slug: string): Metadata {
  const career = getCareer(slug);
  if (!career) return { title: `Problems in ${slug}.md`, robots: { index: false } };
  const alt = `${career.title}: ${tiers[career.score.tier].label}, AI resilience score ${career.score.total}/6, median salary ${formatMoney(career.salary.median)}`;
  return pageMetadata({
    title: career.title,
    description: career.summary,
    path: `/careers/${career.slug}`,
    type: "article",
    image: { url: `/og/careers/${career.slug}`, alt },
    noIndex: career.draft,
  });
}

/**
 * The profile page `/careers/<slug>`. In development a profile with problems shows them in place
 * of the page; an unknown slug is a 404.
 */
export function CareerRoute({ slug }: { slug: string }) {
  const career = getCareer(slug);
  if (!career) {
    const problems = getProfileProblems(slug);
    if (problems.length > 0) return <ContentProblems slug={slug} problems={problems} />;
    notFound();
  }
  const url = absoluteUrl(`/careers/${career.slug}`);
  return (
    <>
      <JsonLd data={occupationJsonLd(career, url)} />
      <CareerProfile career={career} related={getRelatedCareers(career)} url={url} />
    </>
  );
}
