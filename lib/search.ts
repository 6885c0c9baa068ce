/**
 * Full-text search over careers with MiniSearch, titles and aliases weighted far above the rest.
 * The index is built once per catalog and reused for every query.
 *
 * Matching is as strict as it can be while still finding something, because loose matching on
 * long text is what made results noisy ("welding" found teachers through "reading"):
 * - a word matches whole words anywhere, and the start of words only in the short fields (title,
 *   aliases, certifications, skills): "nurs" finds Registered Nurses, but "nurse" no longer finds
 *   every duty that mentions "nurses";
 * - typo tolerance is a fallback, per word, for words that match nothing that way ("welidng");
 * - careers scoring far below the best match are left out (see `relevanceCutoff`).
 */
import MiniSearch, { type Query, type SearchResult } from "minisearch";

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

/** Short, name-like fields: a word may match the start of a word here. */
const nameFields = ["title", "aliases", "certifications", "skills"];
/** Sentences: only whole words match here. */
const proseFields = ["summary", "duties"];
const boost = { title: 8, aliases: 6, certifications: 4, summary: 1.5, duties: 1, skills: 1 };

/**
 * A career is shown only if it scores at least this share of the best match's score. In the real
 * catalog a career named after the search (which also uses the word throughout) scores 10–50 times
 * one that mentions it once, so careers that merely mention it in passing ("safety data sheets"
 * for "data") drop out; when the best match is itself a mention in passing, similar ones stay.
 */
const relevanceCutoff = 0.1;

/** Words that carry no meaning in a career search ("something with computers that needs no degree"). */
const stopWords = new Set(
  "a an and are as at be by can do for from how i in into is it job jobs like me my need needs no not of on or some something that the their this to what where which who with work working you your".split(" "),
);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return stopWords.has(lower) ? null : lower;
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

export type SearchIndex = MiniSearch<SearchDocument>;

export function buildSearchIndex(careers: readonly Searchable[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: [...nameFields, ...proseFields],
    storeFields: [],
    processTerm,
    searchOptions: { boost, combineWith: "OR" },
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

/** The word as typed: whole words everywhere, word starts (3+ letters) in the name fields. */
const exactOrPrefix = (term: string): Query => ({
  combineWith: "OR",
  queries: [
    { queries: [term], fields: nameFields, prefix: term.length >= 3, fuzzy: false },
    { queries: [term], fields: proseFields, prefix: false, fuzzy: false },
  ],
});

/** The word with typos: one edit for 4–6 letters, two from 7 ("nurce" → nurse, "welidng" → welding). */
const withTypos = (term: string): Query => ({
  queries: [term],
  prefix: false,
  fuzzy: term.length >= 7 ? 2 : term.length >= 4 ? 1 : false,
});

function searchTerms(index: SearchIndex, terms: string[]): SearchResult[] {
  const strict = index.search({ combineWith: "OR", queries: terms.map(exactOrPrefix) });
  const found = new Set(strict.flatMap((result) => result.queryTerms));
  if (terms.every((term) => found.has(term))) return strict;
  return index.search({ combineWith: "OR", queries: terms.map((term) => (found.has(term) ? exactOrPrefix(term) : withTypos(term))) });
}

/**
 * Slugs that match `query`, best first. `keep` (the page's filters) is applied before the
 * relevance cut-off, so a filter never empties a list that has matches within it.
 */
export function searchSlugs(index: SearchIndex, query: string, keep: (slug: string) => boolean = () => true): string[] {
  const terms = tokenize(query).flatMap((token) => processTerm(token) ?? []);
  if (terms.length === 0) return [];
  const results = searchTerms(index, terms).filter((result) => keep(String(result.id)));
  const floor = (results[0]?.score ?? 0) * relevanceCutoff;
  const kept = results.filter((result) => result.score >= floor);
  if (new Set(terms).size < 2) return kept.map((result) => String(result.id));
  // Of several words, careers that match every one come first ("software engineer": a career that
  // matches both before one that matches a single word strongly).
  const matchesAll = (result: SearchResult) => terms.every((term) => result.queryTerms.includes(term));
  return [...kept.filter(matchesAll), ...kept.filter((result) => !matchesAll(result))].map((result) => String(result.id));
}
