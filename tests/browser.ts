/**
 * Finds Debian's Chromium for Playwright (browser downloads do not work on our machines):
 * `CHROMIUM_PATH`, then /usr/bin/chromium. Shared by the Playwright config and scripts.
 */
import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

export const chromiumHint = "No Chromium found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.";

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate ?? ""));
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumHint);
  return {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  };
}
