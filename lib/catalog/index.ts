/**
 * The content API for pages. In production the catalog is loaded once and must be valid (the build
 * refuses invalid content). In development it is reloaded on each request, so edits show at once,
 * and a bad file only removes itself: its problems are printed in the terminal.
 */
import path from "node:path";
import { formatErrors, sortErrors, type ContentError } from "../content/errors";
import { careersBySlug, loadCatalog, occupationsBySlug, perCatalog, type Career, type Catalog } from "./load";
import type { Occupation } from "./occupations";
import type { NationalDataset } from "../dataset/national";
import { briefWarnings } from "../content/report";
import { buildSearchIndex, searchSlugs, type SearchIndex, type Searchable } from "../browse/search";

export type { Career } from "./load";
export type { FiguresOnly, Occupation } from "./occupations";

const mode = process.env.NODE_ENV === "production" ? "production" : "development";

/** The folder holding `careers/`; `CONTENT_DIR` points elsewhere (tests, benchmarks). */
export function contentRoot(): string {
  const override = process.env.CONTENT_DIR;
  return override ? path.resolve(/* turbopackIgnore: true */ override) : path.join(process.cwd(), "content");
}

/**
 * The production catalog, once per process. It lives on globalThis because Next bundles this module
 * more than once (pages and route handlers each get an instance): with a module variable, every
 * build worker held two copies of the catalog (~60 MB each at 5,000 profiles).
 */
const processCache = Symbol.for("workweek.catalog");
type CatalogCache = { [processCache]?: Catalog };
const cache = globalThis as CatalogCache;
let lastReport = "";

/** Errors and warnings about broken content; editorial advice is only counted (`npm run content:check` lists it). */
function reportInDevelopment(catalog: Catalog) {
  const { listed, note } = briefWarnings(catalog.warnings);
  const broken = [...catalog.errors, ...listed];
  const report = broken.length > 0 ? [formatErrors(broken), note].filter(Boolean).join("\n") : "";
  if (report !== lastReport && report !== "") console.error(`\nContent problems:\n${report}\n`);
  lastReport = report;
}

/** The catalog read now; in production, invalid content stops here. */
function readCatalog(): Catalog {
  const catalog = loadCatalog(path.join(contentRoot(), "careers"), mode);
  if (mode === "production" && catalog.errors.length > 0) {
    throw new Error(`Invalid content; fix these and build again:\n${formatErrors(catalog.errors)}`);
  }
  return catalog;
}

export function getCatalog(): Catalog {
  const cached = cache[processCache];
  if (mode === "production" && cached) return cached;
  const catalog = readCatalog();
  if (mode === "development") reportInDevelopment(catalog);
  if (mode === "production") cache[processCache] = catalog;
  return catalog;
}

export function getCareers(): Career[] {
  return getCatalog().careers;
}

export function getCareer(slug: string): Career | undefined {
  return careersBySlug(getCareers()).get(slug);
}

/** The national dataset the catalog was joined with (the methodology page names its sources). */
export function getNationalDataset(): NationalDataset {
  return getCatalog().dataset;
}

/** Every occupation of the national dataset, by title: profiles where published, else figures only. */
export function getOccupations(): Occupation[] {
  return getCatalog().occupations;
}

const occupationsBySoc = perCatalog((items: readonly Occupation[]): ReadonlyMap<string, Occupation> => new Map(items.map((item) => [item.socCode, item])));

/** The profile or figures-only page of a SOC code (`/go` checks the code it is given). */
export function getOccupationBySoc(socCode: string): Occupation | undefined {
  return occupationsBySoc(getOccupations()).get(socCode);
}

/** The profile or the figures-only occupation at `/careers/<slug>`. */
export function getOccupation(slug: string): Occupation | undefined {
  return occupationsBySlug(getOccupations()).get(slug);
}

export const isDevelopment = mode === "development";

const slugOf = (file: string) => path.basename(file, ".md");

/** Development only: the problems that keep the profile `slug` off the site (none in production). */
export function getProfileProblems(slug: string): ContentError[] {
  if (!isDevelopment) return [];
  return sortErrors(getCatalog().errors.filter((error) => slugOf(error.file) === slug));
}

/** The related careers that are published, in the order the profile lists them. */
export function getRelatedCareers(career: Career): Career[] {
  const bySlug = careersBySlug(getCareers());
  return (career.related ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
}

export type Redirect = { source: string; destination: string; permanent: true };

/** `redirectFrom` slugs, and official-title addresses of occupations whose profile has another slug, as permanent redirects. */
function redirectsOf(catalog: Catalog): Redirect[] {
  const toProfile = (from: string, to: string) => ({ source: `/careers/${from}`, destination: `/careers/${to}`, permanent: true as const });
  return [
    ...catalog.careers.flatMap((career) => (career.redirectFrom ?? []).map((old) => toProfile(old, career.slug))),
    ...catalog.redirects.map(({ from, to }) => toProfile(from, to)),
  ];
}

export type ConfigFacts = { redirects: Redirect[]; videoUrls: string[] };

/**
 * What next.config.ts needs from the content: redirects, and the video and poster addresses (for the
 * CSP). Read without keeping the catalog: the build's main process renders no page, and would
 * otherwise hold the whole catalog until the build ends.
 */
export function getConfigFacts(): ConfigFacts {
  const catalog = cache[processCache] ?? readCatalog();
  const videoUrls = catalog.careers.flatMap((career) => (career.video ? [career.video.url] : []));
  return { redirects: redirectsOf(catalog), videoUrls };
}

// Per process for the same reason as the catalog.
const indexCache = Symbol.for("workweek.searchIndexes");
const indexes = ((globalThis as { [indexCache]?: WeakMap<Catalog, SearchIndex> })[indexCache] ??= new WeakMap());

/** What a figures-only occupation's matches count for against a profile's 1 (see Searchable.weight): low enough that "welding" lists Welders first, high enough that "home health aide" still lists Home Health and Personal Care Aides first. */
const figuresOnlyWeight = 0.6;

/**
 * What search reads of an occupation: a profile's words, with the official title among its other
 * names ("Heavy and Tractor-Trailer Truck Drivers"); a figures-only occupation's official title.
 */
function searchable(occupation: Occupation): Searchable {
  if (occupation.kind === "figures") return { slug: occupation.slug, title: occupation.title, summary: "", duties: [], category: occupation.category, weight: figuresOnlyWeight };
  const official = occupation.figures.title;
  const aliases = official === occupation.title ? occupation.aliases : [...(occupation.aliases ?? []), official];
  return { ...occupation, aliases };
}

/** The search index over a catalog's occupations (profiles and figures-only), as the site searches them. */
export function buildOccupationIndex(occupations: readonly Occupation[]): SearchIndex {
  return buildSearchIndex(occupations.map(searchable));
}

/** The search index of the current catalog, built once and reused for every query. */
export function getSearchIndex(): SearchIndex {
  const catalog = getCatalog();
  let index = indexes.get(catalog);
  if (!index) {
    index = buildOccupationIndex(catalog.occupations);
    indexes.set(catalog, index);
  }
  return index;
}

/** Slugs of the profiles matching what someone typed, best first (figures-only occupations are not compared). */
export function findCareerSlugs(text: string): string[] {
  const profiles = careersBySlug(getCareers());
  return searchSlugs(getSearchIndex(), text, (slug) => profiles.has(slug));
}
