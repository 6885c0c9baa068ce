import type { Career } from "@/lib/catalog";
import { formatMoney } from "@/lib/site/format";
import { ogImageSize } from "@/lib/sharing/og-image";
import { OgCard, ogCardPaddingX } from "./og-card";
import { OgTierPill } from "./og-tier-pill";

/** Between columns: the gap, a 2px divider and the padding after it. */
const columnGap = 32;
const dividerPadding = 32;
const columnSeparation = columnGap + 2 + dividerPadding;

/** Type sizes by the number of careers (2–4): each column gets a quarter to a half of the card. */
const sizes = {
  2: { title: 50, pill: 28, pay: 52 },
  3: { title: 40, pill: 22, pay: 44 },
  4: { title: 32, pill: 18, pay: 38 },
} as const;

/** A comparison's link preview: one column per career with its title, AI tier and score, and median pay. */
export function CompareOgImage({ careers }: { careers: Career[] }) {
  const size = careers.length >= 4 ? sizes[4] : careers.length === 3 ? sizes[3] : sizes[2];
  const longest = Math.max(...careers.map((career) => career.title.length));
  // The longest word must fit its column on one line ("Representatives" in a quarter of the card):
  // a bold Inter letter is about 0.62 em wide.
  const columnWidth = (ogImageSize.width - 2 * ogCardPaddingX - (careers.length - 1) * columnSeparation) / careers.length;
  const longestWord = Math.max(...careers.flatMap((career) => career.title.split(/\s+/).map((word) => word.length)));
  const titleSize = Math.min(longest > 40 ? Math.round(size.title * 0.8) : size.title, Math.floor(columnWidth / (longestWord * 0.62)));
  return (
    <OgCard footer="Careers compared · AI resilience, pay, outlook and education side by side">
      <div style={{ display: "flex", gap: columnGap }}>
        {careers.map((career, index) => (
          <div
            key={career.slug}
            style={{ display: "flex", flexDirection: "column", flex: 1, gap: 20, paddingLeft: index === 0 ? 0 : dividerPadding, borderLeft: index === 0 ? "none" : "2px solid #d9d6cc" }}
          >
            <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -0.5 }}>{career.title}</div>
            <div style={{ display: "flex" }}>
              {career.score ? <OgTierPill score={career.score} fontSize={size.pill} /> : <span style={{ fontSize: size.pill, color: "#4a4f59" }}>AI resilience not rated</span>}
            </div>
            <div style={{ display: "flex", flexDirection: "column" }}>
              <span style={{ fontSize: size.pay, fontWeight: 700 }}>{career.figures.wages?.median ? formatMoney(career.figures.wages.median) : "Not published"}</span>
              <span style={{ fontSize: 24, color: "#4a4f59" }}>{`median pay, ${career.figures.wages?.release ?? "OEWS"}`}</span>
            </div>
          </div>
        ))}
      </div>
    </OgCard>
  );
}
