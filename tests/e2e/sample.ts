/**
 * Which pages the browser sweeps (axe, 320 px reflow, two-page print) visit. In CI, a deterministic
 * sample: the pages every sweep must see (each page type) plus an even spread of the rest, so the
 * sweeps cost the same at 44 profiles and at 832 pages. `npm run test:sweep` (E2E_SWEEP=full)
 * visits every page: editors run it before publishing a batch of profiles.
 */
import path from "node:path";
import { readNationalDataset } from "../../lib/dataset/national";

export const fullSweep = process.env.E2E_SWEEP === "full";

/** `always`, then every k-th of the others so that at most `size` pages are visited in all. */
export function sweepSample(all: readonly string[], always: readonly string[] = [], size = 24): string[] {
  if (fullSweep) return [...new Set([...always, ...all])];
  const rest = all.filter((page) => !always.includes(page));
  const room = Math.max(0, size - always.length);
  const step = Math.max(1, Math.ceil(rest.length / Math.max(1, room)));
  return [...always, ...rest.filter((_, index) => index % step === 0)];
}

/** The paths a sitemap lists. */
export function sitemapPaths(sitemap: string): string[] {
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((match) => match[1] || "/");
}

/** The content the browser tests' server serves (scripts/e2e-server.ts copies it there). */
const e2eContent = path.resolve(".e2e/content");

/** Every occupation of the served dataset: its code and the address of its official title. */
export function servedOccupations(): Array<{ socCode: string; title: string; officialSlug: string }> {
  return [...readNationalDataset(path.join(e2eContent, "national")).occupations.values()];
}

/** Page types every sweep visits, whatever the sample: the lists, the fit questionnaire, a full and a minimal profile, figures-only pages (an aggregate code, hourly wages only, no wages at all). */
export const everyType = ["/", "/careers", "/fit", "/methodology", "/careers/medical-assistants", "/careers/minimal-profile"];
export const figuresOnlyTypes = ["/careers/tour-and-travel-guides", "/careers/actors", "/careers/legislators"];

/** The pages the sweeps visit: the sitemap's (profiles and lists) and figures-only pages, which the sitemap leaves out. */
export function sweepPaths(sitemap: string): string[] {
  const listed = sitemapPaths(sitemap);
  const figuresOnly = servedOccupations().map((occupation) => `/careers/${occupation.officialSlug}`).filter((path) => !listed.includes(path));
  return [...sweepSample(listed, everyType, 24), ...sweepSample(figuresOnly, figuresOnlyTypes, 10)];
}
