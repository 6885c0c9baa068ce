/** Which sections a profile page shows, in order, with stable ids for deep links. Empty ones are left out. */
import type { Career } from "../catalog/load";

export type ProfileSection = { id: string; title: string };

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
    { id: "sources", title: "Sources" },
  ];
  return sections.filter((section) => section !== false);
}
