import { OgCard } from "./og-card";

/** The site-wide link preview, for the home, list and compare pages. */
export function SiteOgImage({ careerCount }: { careerCount: number }) {
  return (
    <OgCard footer={`${careerCount} career profiles · figures from BLS, O*NET and published AI research`}>
      <div style={{ display: "flex", fontSize: 72, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>Understand a job before you choose it</div>
      <div style={{ display: "flex", fontSize: 36, color: "#4a4f59" }}>What people do all week, how to get in, what it pays, and how exposed it is to AI.</div>
    </OgCard>
  );
}
