import type { Career } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";
import { OgCard } from "./og-card";
import { OgTierPill } from "./og-tier-pill";

/** A profile's link preview: title, AI tier with score, median salary. */
export function CareerOgImage({ career }: { career: Career }) {
  const wages = career.figures.wages;
  const titleSize = career.title.length > 60 ? 54 : career.title.length > 34 ? 64 : 78;
  return (
    <OgCard footer={`Career profile · duties, pay, outlook and AI resilience · median wage ${wages?.release ?? "not published"}`}>
      <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{career.title}</div>
      <div style={{ display: "flex", gap: 24, alignItems: "center" }}>
        {career.score && <OgTierPill score={career.score} fontSize={36} />}
        {wages?.median && (
          <div style={{ display: "flex", fontSize: 40 }}>
            <span style={{ fontWeight: 700 }}>{formatMoney(wages.median)}</span>
            <span style={{ color: "#4a4f59", marginLeft: 12 }}>median a year</span>
          </div>
        )}
      </div>
    </OgCard>
  );
}
