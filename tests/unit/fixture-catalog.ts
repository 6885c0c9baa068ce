/**
 * The frozen fixture catalog (tests/fixtures/catalog): 44 profiles and the national figures of their
 * codes plus 12 occupations without a profile. Tests of search, browse and compare assert its real
 * values, so they do not change when editors edit content/. Loaded once per test file.
 */
import path from "node:path";
import { buildOccupationIndex } from "@/lib/catalog/index";
import { careersBySlug, loadCatalog, type Career, type Catalog } from "@/lib/catalog/load";
import type { Occupation } from "@/lib/catalog/occupations";
import { searchSlugs, type SearchIndex } from "@/lib/browse/search";
import { readNationalDataset } from "@/lib/dataset/national";

export const fixtureCatalogDir = path.resolve(import.meta.dirname, "../fixtures/catalog");

let loaded: { catalog: Catalog; index: SearchIndex } | undefined;

function load() {
  if (!loaded) {
    const catalog = loadCatalog(path.join(fixtureCatalogDir, "careers"), "production", {
      displayRoot: fixtureCatalogDir,
      dataset: readNationalDataset(path.join(fixtureCatalogDir, "national")),
    });
    if (catalog.errors.length > 0) throw new Error(`the fixture catalog is invalid:\n${catalog.errors.map(String).join("\n")}`);
    loaded = { catalog, index: buildOccupationIndex(catalog.occupations) };
  }
  return loaded;
}

/** The fixture catalog, loaded in production mode. */
export function fixtureCatalog(): Catalog {
  return load().catalog;
}

/** The search index over every occupation of the fixture catalog, built as lib/catalog/index.ts builds the site's. */
export function fixtureIndex(): SearchIndex {
  return load().index;
}

/** The profile at `slug`; throws when there is none. */
export function fixtureCareer(slug: string): Career {
  const career = careersBySlug(fixtureCatalog().careers).get(slug);
  if (!career) throw new Error(`no profile ${slug} in the fixture catalog`);
  return career;
}

/** The occupation (profile or figures-only) at `slug`; throws when there is none. */
export function fixtureOccupation(slug: string): Occupation {
  const occupation = fixtureCatalog().occupations.find((entry) => entry.slug === slug);
  if (!occupation) throw new Error(`no occupation ${slug} in the fixture catalog`);
  return occupation;
}

/** Profiles matching what someone typed, best first: findCareerSlugs (lib/catalog/index.ts) over the fixture. */
export function findProfileSlugs(text: string): string[] {
  const profiles = careersBySlug(fixtureCatalog().careers);
  return searchSlugs(fixtureIndex(), text, (slug) => profiles.has(slug));
}
