/**
 * Prints a page to PDF the way a counselor would (Chromium, A4 or Letter), to look at the handout:
 * `npx tsx scripts/print-pdf.ts http://localhost:3000/careers/medical-assistants [A4|Letter]`
 * Writes screenshots/print.pdf (git-ignored).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../tests/browser";

const [url = "http://localhost:3000/careers/medical-assistants", format = "A4"] = process.argv.slice(2);
mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto(url, { waitUntil: "load" });
const pdf = await page.pdf({ format, preferCSSPageSize: true });
writeFileSync("screenshots/print.pdf", pdf);
console.log(`screenshots/print.pdf (${pdf.length} bytes)`);
await browser.close();
