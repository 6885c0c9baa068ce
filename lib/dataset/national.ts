/**
 * The national dataset as the site uses it: every occupation of OEWS and Employment Projections
 * (SOC 2018 detailed codes, ~832), each with its figures, exposure and interests, read from the
 * project's own files (`content/national/`). Read once per dataset folder and process.
 */
import { categoryOfSoc } from "./category";
import { exposureBySoc } from "./exposure";
import { DatasetFileError, datasetFiles, readManifest, readSourceRows, type Manifest, type Row, type SourceId, type SourceManifest } from "./files";
import { riasec, type Figure, type Interests, type OccupationFigures, type Projections, type Wages } from "./figures";
import { slugify } from "../content/slug";
import type { EntryLevel } from "../content/taxonomy";
import path from "node:path";

export type NationalDataset = {
  /** SOC code → figures, for every occupation of either BLS source. */
  occupations: ReadonlyMap<string, OccupationFigures>;
  manifest: Manifest;
  source(id: SourceId): SourceManifest;
};

/** The BLS entry-education categories as Employment Projections publishes them → the format's ids. */
const entryEducationIds: Readonly<Record<string, EntryLevel>> = {
  "No formal educational credential": "none",
  "High school diploma or equivalent": "high-school",
  "Postsecondary nondegree award": "postsecondary-certificate",
  "Some college, no degree": "some-college",
  "Associate's degree": "associate",
  "Bachelor's degree": "bachelor",
  "Master's degree": "master",
  "Doctoral or professional degree": "doctoral-or-professional",
};

/** BLS markers: `*` wage not published, `#` wage above the top figure BLS publishes, `**` employment not published. */
const markers = new Set(["*", "#", "**", ""]);

function figure(file: string, row: number, column: string, cell: string): Figure {
  if (markers.has(cell)) return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new DatasetFileError(file, `row ${row}, column ${column}: "${cell}" is neither a number nor a BLS marker`);
  return value;
}

function number(file: string, row: number, column: string, cell: string): number {
  const value = figure(file, row, column, cell);
  if (value === null) throw new DatasetFileError(file, `row ${row}, column ${column}: a figure is required here`);
  return value;
}

/** The slug of an official title, cut at a word boundary to at most 80 characters (the format's rule). */
export function officialSlug(title: string): string {
  // "Sheriff's" is one word: police-and-sheriffs-patrol-officers.
  const slug = slugify(title.replace(/['\u2019]/g, ""));
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf("-"));
}

/** `file`: the path of the source file, for messages. */
function wagesOf(file: string, row: Row<"oews">, index: number, release: string): Wages {
  const at = (column: keyof Row<"oews">) => figure(file, index + 2, column, row[column]);
  return {
    p10: at("annual_p10"),
    p25: at("annual_p25"),
    median: at("annual_median"),
    p75: at("annual_p75"),
    p90: at("annual_p90"),
    hourlyMedian: at("hourly_median"),
    employment: at("employment"),
    release,
  };
}

/** "2024–34" → [2024, 2034]. */
function projectionYears(release: string): [number, number] {
  const match = /^(\d{4})[–-](\d{2}|\d{4})$/.exec(release);
  if (!match) throw new DatasetFileError("manifest.json", `the projections' release "${release}" is not written like "2024–34"`);
  const base = Number(match[1]);
  const end = match[2].length === 2 ? Math.floor(base / 100) * 100 + Number(match[2]) : Number(match[2]);
  return [base, end];
}

function projectionsOf(file: string, row: Row<"projections">, index: number, release: string): Projections {
  const at = (column: keyof Row<"projections">) => number(file, index + 2, column, row[column]);
  const [baseYear, projectedYear] = projectionYears(release);
  const id = entryEducationIds[row.entry_education];
  return {
    employmentBase: at("employment_base"),
    employmentProjected: at("employment_projected"),
    percentChange: at("percent_change"),
    annualOpenings: at("annual_openings"),
    baseYear,
    projectedYear,
    release,
    entryEducation: id ? { id, published: row.entry_education } : undefined,
    workExperience: row.work_experience,
    onTheJobTraining: row.on_the_job_training,
  };
}

/** Each SOC code's interest profile: its `.00` O*NET code, else the mean of its O*NET codes. */
function interestsBySoc(rows: readonly Row<"interests">[]): Map<string, Interests> {
  const bySoc = new Map<string, Row<"interests">[]>();
  for (const row of rows) bySoc.set(row.onet_code.slice(0, 7), [...(bySoc.get(row.onet_code.slice(0, 7)) ?? []), row]);
  const result = new Map<string, Interests>();
  for (const [soc, codes] of bySoc) {
    const own = codes.find((row) => row.onet_code.endsWith(".00"));
    const used = own ? [own] : codes;
    const mean = (area: (typeof riasec)[number]) =>
      Math.round((used.reduce((sum, row) => sum + Number(row[area]), 0) / used.length) * 100) / 100;
    result.set(soc, Object.fromEntries(riasec.map((area) => [area, mean(area)])) as Interests);
  }
  return result;
}

/** "Medical assistants" (Employment Projections writes titles in sentence case) → "Medical Assistants" is not attempted: only the first letter. */
const capitalised = (title: string) => title.charAt(0).toUpperCase() + title.slice(1);

export function readNationalDataset(dir: string): NationalDataset {
  const manifest = readManifest(dir);
  const source = (id: SourceId) => {
    const found = manifest.sources.find((entry) => entry.id === id);
    if (!found) throw new DatasetFileError(path.join(/* turbopackIgnore: true */ dir, "manifest.json"), `no entry for the source "${id}"`);
    return found;
  };
  const oews = readSourceRows(dir, "oews");
  const projections = readSourceRows(dir, "projections");
  const oewsFile = path.join(/* turbopackIgnore: true */ dir, datasetFiles.oews.file);
  const projectionsFile = path.join(/* turbopackIgnore: true */ dir, datasetFiles.projections.file);
  const wages = new Map(oews.map((row, index) => [row.soc_code, { title: row.title, wages: wagesOf(oewsFile, row, index, source("oews").release) }]));
  const projected = new Map(projections.map((row, index) => [row.soc_code, { title: row.title, projections: projectionsOf(projectionsFile, row, index, source("projections").release) }]));
  const codes = [...new Set([...wages.keys(), ...projected.keys()])].sort();
  const exposure = exposureBySoc(readSourceRows(dir, "exposure"), codes);
  const interests = interestsBySoc(readSourceRows(dir, "interests"));

  const titles = new Map(codes.map((soc) => [soc, wages.get(soc)?.title ?? capitalised(projected.get(soc)?.title ?? soc)]));
  const slugCount = new Map<string, number>();
  for (const title of titles.values()) slugCount.set(officialSlug(title), (slugCount.get(officialSlug(title)) ?? 0) + 1);

  const occupations = new Map<string, OccupationFigures>();
  for (const soc of codes) {
    const title = titles.get(soc) as string;
    const slug = officialSlug(title);
    occupations.set(soc, {
      socCode: soc,
      title,
      // Two codes with one title (it has not happened in SOC 2018) would share an address: the code tells them apart.
      officialSlug: (slugCount.get(slug) ?? 0) > 1 ? `${slug}-${soc}` : slug,
      category: categoryOfSoc(soc),
      wages: wages.get(soc)?.wages,
      projections: projected.get(soc)?.projections,
      exposure: exposure.get(soc),
      interests: interests.get(soc),
    });
  }
  return { occupations, manifest, source };
}

const cacheKey = Symbol.for("workweek.nationalDatasets");
const cache = ((globalThis as { [cacheKey]?: Map<string, NationalDataset> })[cacheKey] ??= new Map());

/** The dataset of a folder, read once per process (the files change only with a new release and a rebuild). */
export function nationalDataset(dir: string): NationalDataset {
  let dataset = cache.get(dir);
  if (!dataset) {
    dataset = readNationalDataset(dir);
    cache.set(dir, dataset);
  }
  return dataset;
}
