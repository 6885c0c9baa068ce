/**
 * What each source module (oews, projections, exposure, interests) gives the import: the download it
 * reads, and from it the rows, the manifest's description of the release, and every problem found.
 */
import type { Row, SourceId, SourceManifest } from "../files";
import type { ImportProblem } from "./problems";

/** Every source's rows, as the dataset files hold them. */
export type Dataset = { [Id in SourceId]: Row<Id>[] };

/** The manifest entry less what the import adds itself (id, file, original download, row count). */
export type SourceDescription = Omit<SourceManifest, "id" | "file" | "original" | "rows">;

export type SourceRead<Id extends SourceId> = {
  rows: Row<Id>[];
  /** Absent when the file is too broken to tell its release. */
  description?: SourceDescription;
  problems: ImportProblem[];
};

export type SourceReader<Id extends SourceId> = {
  id: Id;
  /** The agency's file names for the download (names vary by release, and some copies are renamed). */
  download: RegExp;
  /** What to download, for the message when it is missing: the agency's file name and where it comes from. */
  expected: { file: string; from: string };
  read: (file: string) => Promise<SourceRead<Id>>;
};

/**
 * Rows sorted by code (codes are fixed-width, so text order is code order), with a problem for each
 * code met twice: the dataset holds one row per code.
 */
export function sortUnique<Id extends SourceId>(
  entries: ReadonlyArray<{ code: string; row: Row<Id>; duplicate: (firstRow: number) => ImportProblem; at: number }>,
): { rows: Row<Id>[]; problems: ImportProblem[] } {
  const firstAt = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const kept: Array<{ code: string; row: Row<Id> }> = [];
  for (const entry of entries) {
    const first = firstAt.get(entry.code);
    if (first !== undefined) {
      problems.push(entry.duplicate(first));
      continue;
    }
    firstAt.set(entry.code, entry.at);
    kept.push(entry);
  }
  kept.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows: kept.map((entry) => entry.row), problems };
}
