/**
 * Which sections a profile page and a figures-only page show, in order, with stable ids for deep
 * links (the same id for the same section on both). Empty ones are left out.
 */
import type { Career } from "../catalog/load";

export type ProfileSection = { id: string; title: string };

/** The Department of Labor's finders, last before the sources on both kinds of page. */
const startSection: ProfileSection = { id: "start", title: "Start this career" };

export function profileSections(career: Career, relatedCount: number): ProfileSection[] {
  const sections: Array<ProfileSection | false> = [
    { id: "ai-resilience", title: "AI resilience" },
    { id: "responsibilities", title: "Key responsibilities" },
    { id: "time-split", title: "How the time splits" },
    { id: "inside", title: "Inside this career" },
    { id: "salary", title: "Salary and career progression" },
    { id: "education", title: "Education and training" },
    (career.certifications?.length ?? 0) > 0 && { id: "certifications", title: "Certifications" },
    { id: "outlook", title: "Job outlook" },
    ((career.skills?.length ?? 0) > 0 || (career.abilities?.length ?? 0) > 0) && { id: "skills", title: "Skills and abilities" },
    career.video !== undefined && { id: "video", title: "Video" },
    relatedCount > 0 && { id: "related", title: "Related careers" },
    startSection,
    { id: "sources", title: "Sources" },
  ];
  return sections.filter((section) => section !== false);
}

/** An occupation without a profile: its figures, and no score (it needs a profile's EPOCH ratings). */
export const figuresOnlySections: readonly ProfileSection[] = [
  { id: "not-written", title: "About this page" },
  { id: "salary", title: "Salary and career progression" },
  { id: "education", title: "Education and training" },
  { id: "outlook", title: "Job outlook" },
  { id: "ai-exposure", title: "AI task exposure" },
  startSection,
  { id: "sources", title: "Sources" },
];
