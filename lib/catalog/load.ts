/**
 * Loads content/careers/*.md and the national dataset into the catalog, in explicit stages:
 *   1. read and validate each file (file name → slug, bytes → front matter and body, schema, Markdown);
 *   2. join its national figures by `socCode` (join.ts);
 *   3. derive the AI resilience score and the career progression (score.ts, progression.ts);
 *   4. cross-file checks (cross-file.ts), then every occupation without a profile becomes a
 *      figures-only entry (occupations.ts).
 * Never throws for bad content: every problem comes back as a ContentError, and valid files still load.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { checkCrossFile, type CrossFileEntry } from "./cross-file";
import { ContentError, displayPath } from "../content/errors";
import { deepestNestingLine, markdownTooComplex, renderMarkdown, type RenderedMarkdown, type TocEntry } from "../content/markdown";
import { careerProgression, type ProgressionStage } from "./progression";
import { slugPattern, slugRule, type ProfileData } from "../content/schema";
import { computeScore, type Score } from "./score";
import { slugify } from "../content/slug";
import { maxFileBytes, readSource, type Source } from "../content/source";
import { checkBody, validateFrontMatter } from "../content/validate";
import { textCutByComments } from "../content/yaml-comments";
import type { Exposure, OccupationFigures } from "../dataset/figures";
import { datasetDir } from "../dataset/files";
import { nationalDataset, type NationalDataset } from "../dataset/national";
import { exposureWhereDatasetHasOne, figuresOfRaw, joinProfile, retiredKeyErrors } from "./join";
import { figuresOnlyOccupations, type Occupation, type OccupationRedirect } from "./occupations";
import { oneWayRelatedWarnings, profileWarnings } from "../content/warnings";

/** A published profile: the editor's file joined with its occupation's national figures. */
export type Career = ProfileData & {
  kind: "profile";
  slug: string;
  file: string;
  html: string;
  toc: TocEntry[];
  figures: OccupationFigures;
  /** The dataset's exposure, or (for a code the dataset leaves unrated) the one the profile gives with its source. */
  exposure: Exposure | undefined;
  /** Undefined only when no exposure is known for the code. */
  score: Score | undefined;
  progression: ProgressionStage[];
};

export type LoadMode = "production" | "development";

export type Catalog = {
  /** Valid careers; in production without drafts. Sorted by title. */
  careers: Career[];
  /** Every occupation of the national dataset: its profile where one is published, else its figures. Sorted by title. */
  occupations: Occupation[];
  /** Figures-only addresses whose occupation has a profile under another slug. */
  redirects: OccupationRedirect[];
  dataset: NationalDataset;
  /** Problems that make a profile invalid. */
  errors: ContentError[];
  /** Problems that do not block publishing (raw HTML dropped, problems in unpublished drafts). */
  warnings: ContentError[];
};

type FileResult = {
  file: string;
  /** Whether the file says `draft: true`, even when the rest of it is invalid. */
  draft: boolean;
  career?: Career;
  problems: ContentError[];
  entry: CrossFileEntry;
};

/** The body as HTML, or a located error when it cannot be rendered (too convoluted, or nested too deeply). */
function renderBody(file: string, source: Source): RenderedMarkdown | ContentError {
  const tooComplex = markdownTooComplex(source.body);
  if (tooComplex) return new ContentError("markdown", file, source.bodyLine + tooComplex.line, 1, "body", `the narrative ${tooComplex.reason}`);
  try {
    // The narrative is placed under the profile's "Inside this career" heading (an h2).
    return renderMarkdown(source.body, { headingShift: 1 });
  } catch (error) {
    const reason = error instanceof RangeError ? "its lists, quotes or emphasis are nested too deeply" : String(error);
    const line = source.bodyLine + deepestNestingLine(source.body);
    return new ContentError("markdown", file, line, 1, "body", `the narrative could not be rendered: ${reason}; simplify it`);
  }
}

/** The catalog's order: by title, as people read them. browse.ts relies on it to skip sorting A–Z lists. */
export const titleOrder = new Intl.Collator("en");

/**
 * `compute` over a list of careers or occupations (the catalog's, usually), run once per list and
 * kept as long as the list is: catalogs are never changed after loading, only replaced.
 */
export function perCatalog<Item, T>(compute: (items: readonly Item[]) => T): (items: readonly Item[]) => T {
  const results = new WeakMap<readonly Item[], T>();
  return (items) => {
    if (!results.has(items)) results.set(items, compute(items));
    return results.get(items) as T;
  };
}

/** Slug → entry for a list of careers or occupations, built once per list. */
function bySlug<Item extends { slug: string }>() {
  return perCatalog((items: readonly Item[]): ReadonlyMap<string, Item> => new Map(items.map((item) => [item.slug, item])));
}

export const careersBySlug = bySlug<Career>();
export const occupationsBySlug = bySlug<Occupation>();

/** `draft: true` as YAML 1.2 reads it (true, True or TRUE), with an optional note after it. */
const draftLine = /^draft:[ \t]*(?:true|True|TRUE)(?:[ \t]+#.*)?[ \t]*$/;

/**
 * Whether a file whose front matter cannot be read still says `draft: true` at the left margin of
 * it: a draft's broken YAML must not block anyone else's build.
 */
function saysDraft(bytes: Uint8Array): boolean {
  const lines = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).split(/\r\n?|\n/);
  if (lines[0]?.replace(/^\uFEFF/, "").trim() !== "---") return false;
  for (const line of lines.slice(1)) {
    if (/^---[ \t]*$/.test(line)) return false;
    if (draftLine.test(line)) return true;
  }
  return false;
}

export function loadCareerFile(file: string, bytes: Uint8Array, dataset: NationalDataset): FileResult {
  const slug = path.basename(file, ".md");
  const problems: ContentError[] = [];
  if (!slugPattern.test(slug)) {
    const better = slugify(slug);
    const hint = slugPattern.test(better) ? `: rename it to ${better}.md` : "";
    problems.push(new ContentError("file", file, 1, 1, "file name", `"${slug}" is not a valid slug (${slugRule})${hint}`));
  }
  // A file that fails validation still exists: linking to it is not the linker's error.
  const placeholder: CrossFileEntry = { slug, file, draft: false, related: [], redirectFrom: [], frontMatter: "", socCode: undefined };
  const read = readSource(file, bytes);
  if (!read.ok) {
    const draft = saysDraft(bytes);
    return { file, draft, problems: [...problems, ...read.errors], entry: { ...placeholder, draft } };
  }
  const { source } = read;
  const draft = Reflect.get(Object(source.data), "draft") === true;
  problems.push(...textCutByComments(file, source));

  const rendered = renderBody(file, source);
  if (rendered instanceof ContentError) return { file, draft, problems: [...problems, rendered], entry: { ...placeholder, draft } };
  problems.push(...checkBody(file, source, rendered));
  const validated = validateFrontMatter(file, source);
  if (!validated.ok) {
    const figures = figuresOfRaw(source.data, dataset);
    const exposure = exposureWhereDatasetHasOne(file, source, figures);
    // "Delete this line" outranks "add exposureSource": the pair is not wanted at all where the dataset has a figure.
    const errors = exposure.length > 0 ? validated.errors.filter((error) => !/^aiResilience\.exposure(Percent|Source)$/.test(error.field)) : validated.errors;
    const retired = [...retiredKeyErrors(file, validated.retired, figures, dataset), ...exposure];
    return { file, draft, problems: [...problems, ...errors, ...retired], entry: { ...placeholder, draft } };
  }
  const data = validated.data;
  const join = joinProfile(file, data, source, dataset);
  problems.push(...retiredKeyErrors(file, validated.retired, join.joined?.figures, dataset), ...join.problems);
  problems.push(...profileWarnings({ file, data, source, sections: rendered.toc.map((entry) => entry.text), otherHeadings: rendered.otherHeadings, wordCount: rendered.wordCount }));

  const entry: CrossFileEntry = {
    slug,
    file,
    draft: data.draft,
    related: data.related ?? [],
    redirectFrom: data.redirectFrom ?? [],
    frontMatter: source.frontMatter,
    socCode: data.socCode,
  };
  if (!join.joined) return { file, draft, problems, entry };
  const { figures, exposure } = join.joined;
  const career: Career = {
    ...data,
    kind: "profile",
    slug,
    file,
    html: rendered.html,
    toc: rendered.toc,
    figures,
    exposure,
    ...derived(figures, exposure, data),
  };
  return { file, draft, career, problems, entry };
}

/** Stage 3: what is computed from the figures and the editor's ratings. */
function derived(figures: OccupationFigures, exposure: Exposure | undefined, data: ProfileData): Pick<Career, "score" | "progression"> {
  const growthPercent = figures.projections?.percentChange;
  const score = exposure && growthPercent !== undefined
    ? computeScore({ exposurePercent: exposure.percent, growthPercent, epoch: data.aiResilience.epoch })
    : undefined;
  return { score, progression: careerProgression(figures.wages) };
}

/** Every `*.md` in `dir` except `_*.md`, sorted so reports are stable. */
export function listCareerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((dirent) => dirent.isFile() && dirent.name.endsWith(".md") && !dirent.name.startsWith("_"))
    .map((dirent) => dirent.name)
    .sort();
}

/**
 * Entries named like profiles that are not regular files: a symbolic link (never followed: it could
 * lead anywhere), a folder, a pipe or a device. Never read, always reported, so nothing named
 * `<slug>.md` is skipped without a word.
 */
export function specialEntries(dir: string, shown: (name: string) => string): ContentError[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((dirent) => !dirent.isFile() && dirent.name.endsWith(".md") && !/^[._]/.test(dirent.name))
    .map((dirent) => {
      const what = dirent.isSymbolicLink()
        ? "is a symbolic link, which the check does not follow: put the profile file itself here"
        : dirent.isDirectory()
          ? "is a folder, not a profile: rename the folder, or move the profile out of it"
          : "is not a regular file (a pipe, socket or device): remove it and save the profile as a file";
      return new ContentError("file", shown(dirent.name), 1, 1, "file", `not read: ${what}`);
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** A profile's bytes, or a problem from its size alone: a file over the limit is never read (nor one of gigabytes held in memory). */
function readProfileFile(full: string, shown: string, size: number, dataset: NationalDataset): FileResult {
  if (size <= maxFileBytes) return loadCareerFile(shown, readFileSync(full), dataset);
  const slug = path.basename(shown, ".md");
  const problem = new ContentError("file", shown, 1, 1, "file", `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a profile must be under 1 MB`);
  return { file: shown, draft: false, problems: [problem], entry: { slug, file: shown, draft: false, related: [], redirectFrom: [], frontMatter: "", socCode: undefined } };
}

/** What operating systems and editors leave next to files (thumbnails, backups, swap files): never an editor's profile. */
const leftover = /^(?:thumbs\.db|desktop\.ini)$|~$|\.(?:swp|swo|bak|orig|tmp)$/i;

/**
 * Files in `dir` that are neither profiles (`*.md`) nor ignored (`_*`, hidden files): an editor who
 * wrote `nurses.MD` or `nurses.markdown` is told, rather than the file being silently skipped.
 */
export function strayFiles(dir: string, shown: (name: string) => string): ContentError[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((dirent) => dirent.isFile() && !dirent.name.endsWith(".md") && !/^[._]/.test(dirent.name) && !leftover.test(dirent.name))
    .map((dirent) => {
      // `nurses.md.txt` (a hidden extension on Windows) means nurses.md.
      const base = dirent.name.replace(/\.[^.]*$/, "").replace(/\.(?:md|markdown|mdown|mkd)$/i, "");
      const markdown = /\.(md|markdown|mdown|mkd|txt)$/i.test(dirent.name);
      const hint = markdown
        ? `rename it to ${slugPattern.test(slugify(base)) ? slugify(base) : base}.md`
        : "move it out of this folder, or start its name with _ to keep it here as a note";
      return new ContentError("file", shown(dirent.name), 1, 1, "file name", `not read: profiles are files named <slug>.md; ${hint}`);
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Development reloads the catalog on every request: a file whose size and modification time are
 * unchanged (and read with the same dataset) keeps its last result, so a save re-reads one file.
 * On globalThis for the same reason as the production catalog (lib/catalog/index.ts).
 */
const fileCacheKey = Symbol.for("workweek.devFileResults");
const fileCache = ((globalThis as { [fileCacheKey]?: Map<string, { stamp: string; dataset: NationalDataset; result: FileResult }> })[fileCacheKey] ??= new Map());

function loadChangedFile(full: string, shown: string, dataset: NationalDataset): FileResult {
  const stat = statSync(full);
  const stamp = `${shown}:${stat.size}:${stat.mtimeMs}`;
  const cached = fileCache.get(full);
  if (cached && cached.stamp === stamp && cached.dataset === dataset) return cached.result;
  const result = readProfileFile(full, shown, stat.size, dataset);
  fileCache.set(full, { stamp, dataset, result });
  return result;
}

export type LoadOptions = {
  /** Where paths in messages are relative to. */
  displayRoot?: string;
  /** The national dataset; by default `national/` beside the careers folder. */
  dataset?: NationalDataset;
};

export function loadCatalog(dir: string, mode: LoadMode, options: LoadOptions = {}): Catalog {
  const { displayRoot = process.cwd() } = options;
  const dataset = options.dataset ?? nationalDataset(datasetDir(path.dirname(path.resolve(/* turbopackIgnore: true */ dir))));
  const shown = (name: string) => displayPath(path.join(dir, name), displayRoot);
  const results = listCareerFiles(dir).map((name) => {
    const full = path.join(/* turbopackIgnore: true */ dir, name);
    return mode === "development" ? loadChangedFile(full, shown(name), dataset) : readProfileFile(full, shown(name), statSync(full).size, dataset);
  });

  const problems = [
    ...strayFiles(dir, shown),
    ...specialEntries(dir, shown),
    ...results.flatMap((result) => result.problems),
    ...checkCrossFile(results.map((result) => result.entry)),
    ...oneWayRelatedWarnings(results.flatMap((result) => (result.career ? [result.entry] : []))),
  ];
  const drafts = new Set(results.flatMap((result) => (result.draft ? [result.file] : [])));
  const isWarning = (problem: ContentError) =>
    problem.severity === "warning" || (mode === "production" && drafts.has(problem.file));
  // A draft's errors are reported as warnings, so every report (text, JSON, pull-request annotations) says so.
  const asWarning = (problem: ContentError) =>
    problem.severity === "warning" ? problem : new ContentError(problem.kind, problem.file, problem.line, problem.column, problem.field, problem.detail, "warning");
  const errors = problems.filter((problem) => !isWarning(problem));
  const invalidFiles = new Set(errors.map((error) => error.file));

  const careers = results
    .flatMap((result) => (result.career ? [result.career] : []))
    .filter((career) => !invalidFiles.has(career.file) && (mode === "development" || !career.draft))
    .sort((a, b) => titleOrder.compare(a.title, b.title));
  const { occupations, redirects } = figuresOnlyOccupations(careers, dataset, titleOrder);
  return { careers, occupations, redirects, dataset, errors, warnings: problems.filter(isWarning).map(asWarning) };
}
