/** Shared settings of the link-preview images: size and the fonts shipped in public/fonts. */
import { readFile } from "node:fs/promises";
import path from "node:path";

export const ogImageSize = { width: 1200, height: 630 } as const;

/**
 * Every preview image changes only with a deploy: a CDN keeps it until the deploy's purge
 * (`s-maxage`), browsers revalidate (README, "Deploying").
 */
export const ogCacheHeaders = { "Cache-Control": "public, max-age=0, s-maxage=31536000" } as const;

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let fonts: Promise<Font[]> | undefined;

/** Inter regular and bold from the repository (never fetched from the internet), read once. */
export function ogFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const file = path.join(process.cwd(), "public", "fonts", `inter-latin-${weight}-normal.woff`);
      const bytes = await readFile(file);
      return { name: "Inter", data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, weight, style: "normal" as const };
    }),
  );
  return fonts;
}

/** Colours per tier that read on the card's light background (same hues as the site's badges). */
export const ogTierColors = {
  "ai-resilient": { background: "#dcefe2", color: "#1d5a32" },
  "ai-augmented": { background: "#dde9f5", color: "#1c4b73" },
  "in-transition": { background: "#f8e8c8", color: "#6e4a00" },
  "high-disruption-risk": { background: "#f7dcd8", color: "#8a2418" },
} as const;
