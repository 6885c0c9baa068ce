/**
 * Screenshots of pages at phone and desktop widths, for looking at what we build:
 * `npx tsx scripts/screenshot.ts http://localhost:3000 /careers/medical-assistants /careers`
 * Writes PNGs to screenshots/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../tests/browser";

const [origin = "http://localhost:3000", ...paths] = process.argv.slice(2);
const widths = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];
const scheme = process.env.COLOR_SCHEME === "dark" ? "dark" : "light";

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of paths.length > 0 ? paths : ["/"]) {
  for (const viewport of widths) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    await page.goto(origin + path, { waitUntil: "load" });
    const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${viewport.name}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
