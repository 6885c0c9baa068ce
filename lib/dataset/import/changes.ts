/**
 * What an import changes, per source file: figures (cells) changed in occupations present before and
 * after, titles changed, occupations added and removed, and the release it moves from and to. Read
 * before anything is written, so a refresh says what it did ("4,120 figures changed, 2 added").
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { datasetFiles, manifestFile, readManifest, readSourceRows, type Manifest, type Row, type SourceId } from "../files";
import type { Dataset } from "./source";
import { groupDigits } from "./values";

export const sourceIds = Object.keys(datasetFiles) as SourceId[];

export type SourceChange = {
  id: SourceId;
  file: string;
  /** `new`: no file before; `unreadable`: a file that is not in the dataset's format (`detail` says why). */
  status: "new" | "unreadable" | "compared";
  detail?: string;
  rows: number;
  figuresChanged: number;
  titlesChanged: number;
  added: number;
  removed: number;
  release?: { before: string | undefined; after: string | undefined };
};

export type PreviousDataset = {
  dataset: Partial<Dataset>;
  manifest?: Manifest;
  /** Source files present but not readable as the dataset's format, with why. */
  unreadable: Partial<Record<SourceId, string>>;
};

/** The dataset already in `dir`, as far as it is there and readable. */
export function readPreviousDataset(dir: string): PreviousDataset {
  const unreadable: Partial<Record<SourceId, string>> = {};
  const read = <Id extends SourceId>(id: Id): Row<Id>[] | undefined => {
    if (!existsSync(path.join(dir, datasetFiles[id].file))) return undefined;
    try {
      return readSourceRows(dir, id);
    } catch (error) {
      unreadable[id] = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  const dataset: Partial<Dataset> = { oews: read("oews"), projections: read("projections"), exposure: read("exposure"), interests: read("interests") };
  let manifest: Manifest | undefined;
  try {
    manifest = existsSync(path.join(dir, manifestFile)) ? readManifest(dir) : undefined;
  } catch {
    // An unreadable manifest only loses the "release before" of the report; the new one replaces it.
    manifest = undefined;
  }
  return { dataset, manifest, unreadable };
}

type Cells = Readonly<Record<string, string>>;

function compareRows(columns: readonly string[], before: readonly Cells[], after: readonly Cells[]) {
  const [key, ...rest] = columns;
  const figureColumns = rest.filter((column) => column !== "title");
  const hasTitle = rest.includes("title");
  const beforeByCode = new Map(before.map((row) => [row[key], row]));
  const afterCodes = new Set(after.map((row) => row[key]));
  let figuresChanged = 0;
  let titlesChanged = 0;
  let added = 0;
  for (const row of after) {
    const old = beforeByCode.get(row[key]);
    if (!old) {
      added++;
      continue;
    }
    for (const column of figureColumns) if (old[column] !== row[column]) figuresChanged++;
    if (hasTitle && old.title !== row.title) titlesChanged++;
  }
  const removed = before.filter((row) => !afterCodes.has(row[key])).length;
  return { figuresChanged, titlesChanged, added, removed };
}

/** Per source, in the dataset's order, what going from `before` to `after` changes. */
export function compareDatasets(before: PreviousDataset | undefined, after: Dataset, afterManifest?: Manifest): SourceChange[] {
  return sourceIds.map((id) => {
    const { file, columns } = datasetFiles[id];
    const rows: readonly Cells[] = after[id];
    const old: readonly Cells[] | undefined = before?.dataset[id];
    const releaseOf = (manifest: Manifest | undefined) => manifest?.sources.find((source) => source.id === id)?.release;
    const release = { before: releaseOf(before?.manifest), after: releaseOf(afterManifest) };
    const base = { id, file, rows: rows.length, figuresChanged: 0, titlesChanged: 0, added: rows.length, removed: 0, release };
    const unreadable = before?.unreadable[id];
    if (unreadable !== undefined) return { ...base, status: "unreadable", detail: unreadable };
    if (old === undefined) return { ...base, status: "new" };
    return { ...base, status: "compared", ...compareRows(columns, old, rows) };
  });
}

const counted = (count: number, one: string, many = `${one}s`) => `${groupDigits(count)} ${count === 1 ? one : many}`;

/** Whether a source's figures, occupations or release differ. */
export function hasChanged(change: SourceChange): boolean {
  const { figuresChanged, titlesChanged, added, removed, release } = change;
  return change.status !== "compared" || figuresChanged + titlesChanged + added + removed > 0 || release?.before !== release?.after;
}

/** `oews-national.csv (May 2024 → May 2025): 4,120 figures changed, 2 occupations added, 0 removed` */
export function describeChange(change: SourceChange): string {
  if (change.status === "new") return `${change.file}: new, ${counted(change.rows, "occupation")}`;
  if (change.status === "unreadable") return `${change.file}: replaced (the old file was not readable: ${change.detail}), ${counted(change.rows, "occupation")}`;
  if (!hasChanged(change)) return `${change.file}: unchanged`;
  const { release } = change;
  const moved = release && release.before !== release.after ? ` (${release.before ?? "release unknown"} → ${release.after ?? "release unknown"})` : "";
  const parts = [
    `${counted(change.figuresChanged, "figure")} changed`,
    ...(change.titlesChanged > 0 ? [`${counted(change.titlesChanged, "title")} changed`] : []),
    `${counted(change.added, "occupation")} added`,
    `${groupDigits(change.removed)} removed`,
  ];
  return `${change.file}${moved}: ${parts.join(", ")}`;
}
