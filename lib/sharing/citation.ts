/**
 * "Cite this page", the line the Occupational Outlook Handbook offers counselors: title, site,
 * address, and the releases the figures come from with the month each was published. No request-time
 * date: the pages are static, so the line names what the figures are, not when they were read.
 */
import type { Manifest } from "../dataset/files";

const monthYear = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-04" → "April 2026". */
export function formatPublished(yearMonth: string): string {
  return monthYear.format(new Date(`${yearMonth}-01T00:00:00Z`));
}

const cited = [
  { id: "oews", name: "BLS OEWS" },
  { id: "projections", name: "Employment Projections" },
] as const;

/** "BLS OEWS May 2025 (published April 2026), Employment Projections 2024–34 (published September 2025)" */
export function figuresCitation(manifest: Manifest): string {
  return cited
    .flatMap(({ id, name }) => {
      const source = manifest.sources.find((entry) => entry.id === id);
      return source ? [`${name} ${source.release} (published ${formatPublished(source.published)})`] : [];
    })
    .join(", ");
}

/** `Medical Assistants. Workweek. https://…/careers/medical-assistants. Figures: …. Updated December 1, 2026.` */
export function pageCitation({ title, site, url, manifest, updated }: { title: string; site: string; url: string; manifest: Manifest; updated?: string }): string {
  const figures = figuresCitation(manifest);
  return [`${title}.`, `${site}.`, `${url}.`, figures && `Figures: ${figures}.`, updated && `Updated ${updated}.`].filter(Boolean).join(" ");
}
