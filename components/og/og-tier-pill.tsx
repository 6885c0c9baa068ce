import { ogTierColors } from "@/lib/sharing/og-image";
import { tiers, type Score } from "@/lib/catalog/score";

/** The AI tier and score as a coloured pill, in the site's badge hues. Satori styles only. */
export function OgTierPill({ score, fontSize }: { score: Score; fontSize: number }) {
  const tier = ogTierColors[score.tier];
  return (
    // In a narrow column the score wraps as a whole below the label, and the pill becomes a rounded box.
    <div style={{ display: "flex", flexWrap: "wrap", columnGap: Math.round(fontSize * 0.28), fontSize, fontWeight: 700, padding: `${Math.round(fontSize / 3)}px ${Math.round(fontSize * 0.72)}px`, borderRadius: fontSize, background: tier.background, color: tier.color }}>
      <span>{tiers[score.tier].label}</span>
      <span>{`· ${score.total}/6`}</span>
    </div>
  );
}
