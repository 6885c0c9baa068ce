/**
 * The national dataset's files as the project ships them (`content/national/`): one CSV per source,
 * figures exactly as the agency published them, and `manifest.json` naming each source, release,
 * license and row count. `npm run data:import` writes them (lib/dataset/import); the site reads them
 * here. Plain CSV (RFC 4180, LF line ends, a header row) so a yearly refresh reads as a diff.
 *
 * Cells hold the published value or a BLS marker: `*` not published, `#` above the top-coded wage,
 * `**` employment not published. An empty cell is a figure the source leaves blank ("—").
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** File name and columns of each source, in the order the files are written. */
export const datasetFiles = {
  oews: {
    file: "oews-national.csv",
    columns: ["soc_code", "title", "employment", "annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90", "hourly_median"],
  },
  projections: {
    file: "employment-projections.csv",
    columns: ["soc_code", "title", "employment_base", "employment_projected", "percent_change", "annual_openings", "entry_education", "work_experience", "on_the_job_training"],
  },
  exposure: {
    file: "gpts-exposure.csv",
    columns: ["onet_code", "title", "beta"],
  },
  interests: {
    file: "onet-interests.csv",
    columns: ["onet_code", "realistic", "investigative", "artistic", "social", "enterprising", "conventional", "high_point_1", "high_point_2", "high_point_3"],
  },
} as const;

export type SourceId = keyof typeof datasetFiles;
export type Row<Id extends SourceId> = Record<(typeof datasetFiles)[Id]["columns"][number], string>;

export const manifestFile = "manifest.json";

/** What the manifest says of one source: shown on the methodology page and beside every figure. */
export type SourceManifest = {
  id: SourceId;
  file: string;
  /** Full name of the source, e.g. "Occupational Employment and Wage Statistics (OEWS), national". */
  title: string;
  publisher: string;
  /** The release as pages name it beside a figure: "May 2025", "2024–34". */
  release: string;
  /** When the agency published it, YYYY-MM. */
  published: string;
  license: string;
  /** Where a reader finds the source. */
  url: string;
  /** The agency's file the figures were read from, and its sha256. */
  original: { file: string; sha256: string };
  rows: number;
  /** A credit the license asks for, shown where the figures are (O*NET). */
  credit?: string;
};

export type Manifest = { sources: SourceManifest[] };

/** The dataset folder of a content root: `<content>/national`. */
export function datasetDir(contentRoot: string): string {
  return path.join(/* turbopackIgnore: true */ contentRoot, "national");
}

export class DatasetFileError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = "DatasetFileError";
  }
}

/** The rows of one source file, checked against its columns: a hand-edited file that lost one is named. */
export function readSourceRows<Id extends SourceId>(dir: string, id: Id): Row<Id>[] {
  const { file, columns } = datasetFiles[id];
  const full = path.join(/* turbopackIgnore: true */ dir, file);
  const records: string[][] = parse(readFileSync(full, "utf8"), { relax_column_count: false, skip_empty_lines: true });
  const [header, ...rows] = records;
  if (!header || header.join(",") !== columns.join(",")) {
    throw new DatasetFileError(full, `expected the columns ${columns.join(",")}; got ${header?.join(",") ?? "nothing"}`);
  }
  return rows.map((cells) => Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""])) as Row<Id>);
}

export function readManifest(dir: string): Manifest {
  const full = path.join(/* turbopackIgnore: true */ dir, manifestFile);
  if (!existsSync(full)) {
    throw new DatasetFileError(full, "no national dataset here: the folder beside careers/ must hold content/national's files (npm run data:import writes them)");
  }
  const manifest = JSON.parse(readFileSync(full, "utf8")) as Manifest;
  if (!Array.isArray(manifest.sources)) throw new DatasetFileError(full, "expected { sources: [...] }");
  return manifest;
}
