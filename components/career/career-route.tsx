import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentProblems } from "@/components/dev/content-problems";
import { JsonLd } from "@/components/json-ld";
import { getOccupation, getProfileProblems, getRelatedCareers, type FiguresOnly } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";
import { pageMetadata } from "@/lib/sharing/metadata";
import { tiers } from "@/lib/catalog/score";
import { absoluteUrl } from "@/lib/site/site";
import { occupationJsonLd } from "@/lib/sharing/structured-data";
import { CareerProfile } from "./career-profile";
import { FiguresOnlyPage } from "./figures-only-page";

/** A figures-only page is shared like any other, but kept out of search indexes until its profile is written. */
function figuresOnlyMetadata(occupation: FiguresOnly): Metadata {
  const median = occupation.figures.wages?.median;
  const pay = median ? `, median pay ${formatMoney(median)} (${occupation.figures.wages?.release})` : "";
  return pageMetadata({
    title: `${occupation.title} (figures only)`,
    description: `National figures for ${occupation.title}${pay}: pay range, job outlook, entry education and AI task exposure. A full profile is not written yet.`,
    path: `/careers/${occupation.slug}`,
    noIndex: true,
  });
}

/** Metadata of the profile page `/careers/<slug>`. */
export function careerMetadata(slug: string): Metadata {
  const career = getOccupation(slug);
  if (!career) return { title: `Problems in ${slug}.md`, robots: { index: false } };
  if (career.kind === "figures") return figuresOnlyMetadata(career);
  const median = career.figures.wages?.median;
  const rating = career.score ? `${tiers[career.score.tier].label}, AI resilience score ${career.score.total}/6` : "AI resilience not rated";
  const alt = `${career.title}: ${rating}, median salary ${median ? formatMoney(median) : "not published"}`;
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
 * The page `/careers/<slug>`: a profile, or the figures of an occupation without one. In development
 * a profile with problems shows them in place of the page; an unknown slug is a 404.
 */
export function CareerRoute({ slug }: { slug: string }) {
  const career = getOccupation(slug);
  // A profile with problems (development only) is shown in place of the figures of its code.
  const problems = career?.kind === "profile" ? [] : getProfileProblems(slug);
  if (problems.length > 0) return <ContentProblems slug={slug} problems={problems} />;
  if (!career) notFound();
  const url = absoluteUrl(`/careers/${career.slug}`);
  if (career.kind === "figures") return <FiguresOnlyPage occupation={career} />;
  return (
    <>
      <JsonLd data={occupationJsonLd(career, url)} />
      <CareerProfile career={career} related={getRelatedCareers(career)} url={url} />
    </>
  );
}
