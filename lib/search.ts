/**
 * Full-text search over careers with MiniSearch: prefix and typo tolerant, titles and aliases
 * weighted far above the rest. The index is built once per catalog and reused for every query.
 */
import MiniSearch, { type SearchResult } from "minisearch";

export type Searchable = {
  slug: string;
  title: string;
  summary: string;
  aliases?: string[];
  duties: string[];
  skills?: string[];
  abilities?: string[];
  certifications?: Array<{ name: string; abbreviation?: string }>;
};

type SearchDocument = { id: string; title: string; aliases: string; certifications: string; summary: string; duties: string; skills: string };

const fields = ["title", "aliases", "certifications", "summary", "duties", "skills"] as const;
const boost = { title: 8, aliases: 6, certifications: 4, summary: 1.5, duties: 1, skills: 1 };

/** Words that carry no meaning in a career search ("something with computers that needs no degree"). */
const stopWords = new Set(
  "a an and are as at be by can do for from how i in into is it job jobs like me my need needs no not of on or some something that the their this to what where which who with work working you your".split(" "),
);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return stopWords.has(lower) ? null : lower;
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function buildSearchIndex(careers: readonly Searchable[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: [...fields],
    storeFields: [],
    processTerm,
    searchOptions: {
      boost,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length === 4 ? 1 : false),
      maxFuzzy: 2,
      combineWith: "OR",
    },
  });
  index.addAll(
    careers.map((career) => ({
      id: career.slug,
      title: career.title,
      aliases: (career.aliases ?? []).join(" \n "),
      certifications: (career.certifications ?? []).map((cert) => `${cert.name} ${cert.abbreviation ?? ""}`).join(" \n "),
      summary: career.summary,
      duties: career.duties.join(" \n "),
      skills: [...(career.skills ?? []), ...(career.abilities ?? [])].join(" \n "),
    })),
  );
  return index;
}

/** Slugs that match `query`, best first. */
export function searchSlugs(index: SearchIndex, query: string): string[] {
  const trimmed = query.trim();
  if (trimmed === "") return [];
  return index.search(trimmed).map((result: SearchResult) => String(result.id));
}
