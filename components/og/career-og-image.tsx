import type { Career } from "@/lib/careers";
import { formatMoney } from "@/lib/format";
import { ogTierColors } from "@/lib/og-image";
import { tiers } from "@/lib/score";
import { OgCard } from "./og-card";

/** A profile's link preview: title, AI tier with score, median salary. */
export function CareerOgImage({ career }: { career: Career }) {
  const tier = ogTierColors[career.score.tier];
  const titleSize = career.title.length > 60 ? 54 : career.title.length > 34 ? 64 : 78;
  return (
    <OgCard footer={`Career profile · duties, pay, outlook and AI resilience · median ${career.salary.year} wage`}>
      <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{career.title}</div>
      <div style={{ display: "flex", gap: 24, alignItems: "center" }}>
        <div style={{ display: "flex", fontSize: 36, fontWeight: 700, padding: "12px 26px", borderRadius: 999, background: tier.background, color: tier.color }}>
          {`${tiers[career.score.tier].label} · ${career.score.total}/6`}
        </div>
        <div style={{ display: "flex", fontSize: 40 }}>
          <span style={{ fontWeight: 700 }}>{formatMoney(career.salary.median)}</span>
          <span style={{ color: "#4a4f59", marginLeft: 12 }}>median a year</span>
        </div>
      </div>
    </OgCard>
  );
}
