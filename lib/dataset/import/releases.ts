/**
 * When the agencies published each release (YYYY-MM). Neither BLS workbook says: the OEWS file's
 * UpdateTime sheet holds a stale 2021 stamp, and the projections workbook has no date at all. When a
 * new release is imported, the import stops and asks for its month here (from the agency's news
 * release), rather than guessing one.
 */

/** OEWS national estimates, by reference month: the news release "Occupational Employment and Wages". */
export const oewsPublished: Readonly<Record<string, string>> = {
  "May 2025": "2026-04",
};

/** Employment Projections, by projection period: the news release "Employment Projections". */
export const projectionsPublished: Readonly<Record<string, string>> = {
  "2024–34": "2025-09",
};

/** The message when a release is not in the tables above. */
export function unknownRelease(what: string, release: string, table: string): string {
  return `${what} ${release} is a release the import has not seen: add its publication month (YYYY-MM, from the agency's news release) to ${table} in lib/dataset/import/releases.ts`;
}
