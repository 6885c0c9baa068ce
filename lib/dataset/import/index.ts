/**
 * `runImport`: rebuilds the national dataset (`content/national/`) from the agencies' downloads in
 * one folder. Every download is read and checked first; any problem refuses the whole import with
 * every problem located (file, sheet, row, column) and nothing written. Otherwise the report says
 * what changed against the files already there, and the files are replaced together.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { datasetFiles, manifestFile, type Manifest, type SourceId, type SourceManifest } from "../files";
import { compareDatasets, describeChange, readPreviousDataset, sourceIds, type SourceChange } from "./changes";
import { exposureSource } from "./exposure";
import { interestsSource } from "./interests";
import { oewsSource } from "./oews";
import { ImportRefused, type ImportProblem } from "./problems";
import { projectionsSource } from "./projections";
import type { Dataset, SourceRead, SourceReader } from "./source";
import { renderDataset, writeDataset } from "./write";

export { ImportRefused, formatProblem, formatProblems, type ImportProblem } from "./problems";
export { compareDatasets, describeChange, type SourceChange } from "./changes";
export type { Dataset } from "./source";

/** The sources in the dataset's order (the manifest's order). */
export const sourceReaders: { [Id in SourceId]: SourceReader<Id> } = {
  oews: oewsSource,
  projections: projectionsSource,
  exposure: exposureSource,
  interests: interestsSource,
};

/**
 * Called once the new files are in place, with a copy of the previous dataset (`undefined` when there
 * was none) and the folder now holding the new one: its lines join the report. The site's catalog
 * uses it to say which profiles' AI tiers move.
 */
export type AfterWrite = (beforeDir: string | undefined, afterDir: string) => string[] | Promise<string[]>;

export type ImportOptions = {
  /** The folder holding the downloads. */
  from: string;
  /** The dataset folder to write (`datasetDir(contentRoot)`). */
  to: string;
  onWritten?: AfterWrite;
};

export type ImportReport = {
  /** Per download read: the source, its file and the rows taken from it. */
  read: Array<{ id: SourceId; file: string; release: string; rows: number }>;
  changes: SourceChange[];
  /** One line per source: "oews-national.csv: 12 figures changed, 0 occupations added, 0 removed". */
  summary: string[];
  /** The dataset's files written (those whose content changed). */
  written: string[];
  /** The `onWritten` hook's lines; empty when nothing was written or no hook was given. */
  afterWrite: string[];
  manifest: Manifest;
};

/** Each source's download in the folder, or a problem naming what was expected (missing, or two copies). */
function findDownloads(from: string): { files: Partial<Record<SourceId, string>>; problems: ImportProblem[] } {
  const names = readdirSync(from).filter((name) => statSync(path.join(from, name)).isFile()).sort();
  const files: Partial<Record<SourceId, string>> = {};
  const problems: ImportProblem[] = [];
  for (const id of sourceIds) {
    const { download, expected } = sourceReaders[id];
    const found = names.filter((name) => download.test(name));
    if (found.length === 0) problems.push({ file: expected.file, detail: `missing from ${from} (${expected.from})` });
    else if (found.length > 1) problems.push({ file: found.join(", "), detail: `${found.length} downloads of the same source in ${from}: keep the one to import` });
    else files[id] = path.join(from, found[0]);
  }
  return { files, problems };
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A copy of the dataset files in `dir` in a new temporary folder, for the `onWritten` hook; `undefined` when there are none. */
function copyPrevious(dir: string): string | undefined {
  const present = [...sourceIds.map((id) => datasetFiles[id].file), manifestFile].filter((file) => existsSync(path.join(dir, file)));
  if (present.length === 0) return undefined;
  const copy = mkdtempSync(path.join(os.tmpdir(), "dataset-before-"));
  for (const file of present) copyFileSync(path.join(dir, file), path.join(copy, file));
  return copy;
}

type Read<Id extends SourceId> = { id: Id; file: string; result: SourceRead<Id> };

async function readSource<Id extends SourceId>(id: Id, file: string | undefined): Promise<Read<Id> | undefined> {
  return file === undefined ? undefined : { id, file, result: await sourceReaders[id].read(file) };
}

/** The manifest's entry for a source read without problems. */
function manifestEntry<Id extends SourceId>(read: Read<Id> | undefined): SourceManifest {
  const description = read?.result.description;
  if (!read || !description) throw new Error(`Unreachable: ${read?.id ?? "a source"} was read without problems but without its release`);
  const { credit, ...described } = description;
  const original = { file: path.basename(read.file), sha256: sha256(read.file) };
  // The manifest type's key order, so the file reads the same way for every source.
  return { id: read.id, file: datasetFiles[read.id].file, ...described, original, rows: read.result.rows.length, ...(credit === undefined ? {} : { credit }) };
}

export async function runImport({ from, to, onWritten }: ImportOptions): Promise<ImportReport> {
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new ImportRefused(from, [{ file: from, detail: "no such folder" }]);
  const { files, problems } = findDownloads(from);
  const reads = await Promise.all([
    readSource("oews", files.oews),
    readSource("projections", files.projections),
    readSource("exposure", files.exposure),
    readSource("interests", files.interests),
  ] as const);
  for (const read of reads) if (read) problems.push(...read.result.problems);
  if (problems.length > 0) throw new ImportRefused(from, problems);

  const [oews, projections, exposure, interests] = reads;
  const manifest: Manifest = { sources: [manifestEntry(oews), manifestEntry(projections), manifestEntry(exposure), manifestEntry(interests)] };
  const dataset: Dataset = {
    oews: oews?.result.rows ?? [],
    projections: projections?.result.rows ?? [],
    exposure: exposure?.result.rows ?? [],
    interests: interests?.result.rows ?? [],
  };

  const previous = readPreviousDataset(to);
  const changes = compareDatasets(previous, dataset, manifest);
  const output = renderDataset(dataset, manifest);
  // The hook compares old and new: keep the old files until it has run.
  const before = onWritten ? copyPrevious(to) : undefined;
  try {
    const written = writeDataset(to, output);
    const afterWrite = onWritten && written.length > 0 ? await onWritten(before, to) : [];
    return {
      read: manifest.sources.map((source) => ({ id: source.id, file: source.original.file, release: source.release, rows: source.rows })),
      changes,
      summary: changes.map(describeChange),
      written,
      afterWrite,
      manifest,
    };
  } finally {
    if (before) rmSync(before, { recursive: true, force: true });
  }
}
