/**
 * Full-text search over careers with MiniSearch, titles and aliases weighted far above the rest.
 * The index is built once per catalog and reused for every query.
 *
 * Matching is as strict as it can be while still finding something, because loose matching on
 * long text is what made results noisy ("welding" found teachers through "reading"). Each word of a
 * search is matched in one of two ways:
 * 1. its stem (Porter) in every field, so it finds its other forms ("nurse" finds "nurses" and
 *    "nursing", "cooking" finds "cooks", "accounting" finds "accountants"), together with the start
 *    of a word (as typed or stemmed) in the short fields only (title, aliases, certifications,
 *    category name, skills), at a twentieth of the weight: a word typed in part still finds ("electr" →
 *    Electricians, "finance" → Financial Analysts), but a whole word's own matches outweigh the
 *    words it merely begins ("nurse" does not list Nursery workers);
 * 2. only if that finds nothing, with a typo or two ("welidng", "nurce"); the page then says so.
 * Careers scoring far below the best match are then left out (see `relevanceCutoff`), before the
 * page's filters narrow what is left.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from "minisearch";
import { stemmer } from "stemmer";
import { categories, type CategoryId } from "../content/taxonomy";

export type Searchable = {
  slug: string;
  title: string;
  summary: string;
  aliases?: string[];
  duties: string[];
  skills?: string[];
  abilities?: string[];
  certifications?: Array<{ name: string; abbreviation?: string }>;
  /** The category's id: its name is searched too ("healthcare", "production"). */
  category?: CategoryId;
  /**
   * What its matches count for (default 1). A figures-only occupation, whose only words are its
   * official title, weighs less: its short title would otherwise outrank the profile of the job a
   * reader means ("welding" → Welders, then the welding machine operators' figures).
   */
  weight?: number;
};

type SearchDocument = { id: string; title: string; aliases: string; certifications: string; category: string; summary: string; duties: string; skills: string };

/** Short, name-like fields: a word may match the start of a word here. */
const nameFields = ["title", "aliases", "certifications", "category", "skills"];
/** Sentences: only whole words match here. */
const proseFields = ["summary", "duties"];
const boost = { title: 8, aliases: 6, certifications: 4, category: 2, summary: 1.5, duties: 1, skills: 1 };

/**
 * A career is shown only if it scores at least this share of the best match's score. In the real
 * catalog a career named after the search (which also uses the word throughout) scores 10–50 times
 * one that mentions it once, so careers that merely mention it in passing ("safety data sheets"
 * for "data") drop out; when the best match is itself a mention in passing, similar ones stay.
 */
const relevanceCutoff = 0.08;

/** What matching the start of a word counts for, against 1 for the whole word (MiniSearch's default is 0.375). */
const prefixWeight = 0.05;

/** Words that carry no meaning in a career search ("something with computers that needs no degree"). */
const stopWords = new Set(
  "a an and are as at be by can do for from how i in into is it its job jobs like me my need needs no not of on or some something that the their this to what where which who with work working you your".split(" "),
);

/**
 * "IT" is the field, not the pronoun: indexed where it is written in capitals ("IT Support
 * Specialist"), and searched when typed in capitals or in a short search ("it support").
 */
const meansIT = (token: string, wordCount: number) => token === "IT" || (token.toLowerCase() === "it" && wordCount <= 3);

/** A lower-case word's stem ("nurses" → nurs), or the word itself when the stem is a stop word ("its" → it). */
function stemOf(lower: string): string {
  const stem = stemmer(lower);
  return stopWords.has(stem) ? lower : stem;
}

/**
 * How words are indexed: lower case, and also the stem when it differs ("nurses" → nurses, nurs).
 * Stems are remembered while one index is built (a catalog repeats its words; half the build time).
 */
function indexTerms(): (term: string) => string[] | null {
  const stems = new Map<string, string>();
  return (term) => {
    if (term === "IT") return ["it"];
    const lower = term.toLowerCase();
    if (stopWords.has(lower)) return null;
    let stem = stems.get(lower);
    if (stem === undefined) {
      stem = stemOf(lower);
      stems.set(lower, stem);
    }
    return stem === lower ? [lower] : [lower, stem];
  };
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

export type SearchIndex = MiniSearch<SearchDocument>;

export function buildSearchIndex(careers: readonly Searchable[]): SearchIndex {
  const weights = new Map(careers.flatMap((career) => (career.weight === undefined ? [] : [[career.slug, career.weight] as const])));
  const index = new MiniSearch<SearchDocument>({
    fields: [...nameFields, ...proseFields],
    storeFields: [],
    processTerm: indexTerms(),
    // Queries are built from words this module has already lower-cased and stemmed.
    searchOptions: { boost, combineWith: "OR", processTerm: (term) => term, boostDocument: (id) => weights.get(String(id)) ?? 1 },
  });
  index.addAll(
    careers.map((career) => ({
      id: career.slug,
      title: career.title,
      aliases: (career.aliases ?? []).join(" \n "),
      certifications: (career.certifications ?? []).map((cert) => `${cert.name} ${cert.abbreviation ?? ""}`).join(" \n "),
      category: career.category ? categories[career.category] : "",
      summary: career.summary,
      duties: career.duties.join(" \n "),
      skills: [...(career.skills ?? []), ...(career.abilities ?? [])].join(" \n "),
    })),
  );
  return index;
}

type Word = { typed: string; stem: string };
/** One way of matching one word. */
type WordQuery = SearchOptions & { queries: Array<string | WordQuery> };

/**
 * The word and its inflections in every field, or the start of a word (3+ letters, as typed or as
 * stemmed: "finance" → financ → Financial) in the short fields. A start counts for far less than a
 * whole word, so it matters only when nothing matches the whole word.
 */
const asTyped = (word: Word): WordQuery => ({
  combineWith: "OR",
  queries: [
    { queries: [word.stem], prefix: false, fuzzy: false },
    { queries: [...new Set([word.typed, word.stem])].filter((term) => term.length >= 3), fields: nameFields, prefix: true, fuzzy: false, weights: { fuzzy: 0, prefix: prefixWeight } },
  ],
});

/** The word with typos: one edit for 4–6 letters, two from 7 ("nurce" → nurse, "welidng" → welding). */
const withTypos = (word: Word): WordQuery => ({
  queries: [word.typed],
  prefix: false,
  fuzzy: word.typed.length >= 7 ? 2 : word.typed.length >= 4 ? 1 : false,
});

/** Every term a word is searched with, to tell which words a result matched. */
const termsOf = (query: WordQuery): string[] => query.queries.flatMap((part) => (typeof part === "string" ? [part] : termsOf(part)));

/**
 * Each word as typed, and a word that matches nothing that way with typos instead. `queries` has
 * one entry per word: undefined for a short word that matched nothing.
 */
function searchWords(index: SearchIndex, words: Word[]): { results: SearchResult[]; queries: Array<WordQuery | undefined> } {
  const typed = words.map(asTyped);
  const strict = index.search({ combineWith: "OR", queries: typed });
  const found = new Set(strict.flatMap((result) => result.queryTerms));
  const matched = typed.map((query) => termsOf(query).some((term) => found.has(term)));
  if (matched.every(Boolean)) return { results: strict, queries: typed };
  const queries = words.map((word, i) => (matched[i] ? typed[i] : word.typed.length >= 4 ? withTypos(word) : undefined));
  const used = queries.filter((query) => query !== undefined);
  return { results: used.length > 0 ? index.search({ combineWith: "OR", queries: used }) : [], queries };
}

export type SearchOutcome = {
  /** Matching careers, best first. */
  slugs: string[];
  /** Words of the search that matched only with typos ("waiter" as "water"), as typed. */
  closeSpellings: string[];
};

/**
 * The careers that match `query`, best first, then narrowed by `keep` (the page's filters). The
 * relevance cut-off is taken before the filters, so a filter only ever narrows the careers the
 * search itself finds: it never turns a passing mention into a match ("nurse" with a $100,000
 * minimum does not list Pharmacists for mentioning nurses).
 */
export function searchCareers(index: SearchIndex, query: string, keep: (slug: string) => boolean = () => true): SearchOutcome {
  const tokens = tokenize(query).filter((token) => token !== "");
  const words = tokens.flatMap((token): Word[] => {
    const typed = token.toLowerCase();
    return stopWords.has(typed) && !meansIT(token, tokens.length) ? [] : [{ typed, stem: stemOf(typed) }];
  });
  if (words.length === 0) return { slugs: [], closeSpellings: [] };
  const { results, queries } = searchWords(index, words);
  const floor = (results[0]?.score ?? 0) * relevanceCutoff;
  const kept = results.filter((result) => result.score >= floor && keep(String(result.id)));
  const shownTerms = new Set(kept.flatMap((result) => result.queryTerms));
  const closeSpellings = words.filter((word, i) => queries[i]?.fuzzy && shownTerms.has(word.typed)).map((word) => word.typed);
  // Of several words, careers that match every one come first ("software engineer": a career that
  // matches both before one that matches a single word strongly).
  const used = queries.filter((query) => query !== undefined);
  const matchesAll = (result: SearchResult) => used.every((wordQuery) => termsOf(wordQuery).some((term) => result.queryTerms.includes(term)));
  const ordered = used.length < 2 ? kept : [...kept.filter(matchesAll), ...kept.filter((result) => !matchesAll(result))];
  return { slugs: ordered.map((result) => String(result.id)), closeSpellings };
}

/** Just the slugs of `searchCareers`. */
export function searchSlugs(index: SearchIndex, query: string, keep?: (slug: string) => boolean): string[] {
  return searchCareers(index, query, keep).slugs;
}
