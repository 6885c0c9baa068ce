/**
 * The dataset's files as text, byte for byte the same for the same input (no dates, rows sorted by
 * code, LF line ends, quotes only where a cell needs them), and writing them so that a failure never
 * leaves a half-updated dataset.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { datasetFiles, manifestFile, type Manifest, type Row, type SourceId } from "../files";
import type { Dataset } from "./source";

export function renderSource<Id extends SourceId>(id: Id, rows: readonly Row<Id>[]): string {
  const columns: readonly (keyof Row<Id>)[] = datasetFiles[id].columns;
  return stringify([columns, ...rows.map((row) => columns.map((column) => row[column]))], { record_delimiter: "unix" });
}

export function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type OutputFile = { file: string; content: string };

/** The dataset's files in order: one CSV per source, then the manifest. */
export function renderDataset(dataset: Dataset, manifest: Manifest): OutputFile[] {
  const source = <Id extends SourceId>(id: Id): OutputFile => ({ file: datasetFiles[id].file, content: renderSource(id, dataset[id]) });
  return [source("oews"), source("projections"), source("exposure"), source("interests"), { file: manifestFile, content: renderManifest(manifest) }];
}

/**
 * Writes the files into `dir`: every changed one to a temporary file first, then each renamed over
 * its old version, so a failed write (disk full, no permission) changes nothing. Files whose content
 * is already there are left untouched. Returns the names written.
 */
export function writeDataset(dir: string, files: readonly OutputFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  const changed = files.filter(({ file, content }) => {
    const target = path.join(dir, file);
    return !existsSync(target) || readFileSync(target, "utf8") !== content;
  });
  const temporary = (file: string) => path.join(dir, `.${file}.import-${process.pid}.tmp`);
  try {
    for (const { file, content } of changed) writeFileSync(temporary(file), content);
  } catch (error) {
    for (const { file } of changed) rmSync(temporary(file), { force: true });
    throw error;
  }
  for (const { file } of changed) renameSync(temporary(file), path.join(dir, file));
  return changed.map(({ file }) => file);
}
