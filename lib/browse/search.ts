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
 * 2. only if that finds nothing, and the word is not an English word, with a typo or two ("welidng",
 *    "nurce"); the page then says so. A real word is never corrected into another ("waiter" → water).
 * Careers scoring far below the best match are then left out (see `relevanceCutoff`), before the
 * page's filters narrow what is left.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from "minisearch";
import { stemmer } from "stemmer";
import { categories, type CategoryId } from "../content/taxonomy";
import { withEverydayNames } from "./synonyms";
import { isEnglishWord } from "./english-words";

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

/**
 * A word typed in part matches the start of longer words only from this many letters: "nurs" finds
 * Nurses, but "cop" does not find Copilot or copy editors.
 */
const minPrefixLength = 4;

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

/** Words the stemmer would join with a word of another sense: "security" (guards) and "securities" (finance) both stem to "secur". */
const ownStems: Readonly<Record<string, string>> = { security: "security", securities: "securities" };

/** Plurals the stemmer does not take back to their singular ("midwives" stems to midwiv, "midwife" to midwif). */
const irregularPlurals: Readonly<Record<string, string>> = { midwives: "midwife", wives: "wife", women: "woman", men: "man", firemen: "fireman", fishermen: "fisherman" };

/** A lower-case word's stem ("nurses" → nurs), or the word itself when the stem is a stop word ("its" → it). */
function stemOf(typed: string): string {
  const lower = Object.hasOwn(irregularPlurals, typed) ? irregularPlurals[typed] : typed;
  if (Object.hasOwn(ownStems, lower)) return ownStems[lower];
  const stem = stemmer(lower);
  return stopWords.has(stem) ? lower : stem;
}

/**
 * How words are indexed: lower case, and also the stem when it differs ("nurses" → nurses, nurs).
 * Stems are remembered while one index is built (a catalog repeats its words; half the build time).
 */
function indexTerms(vocabulary: Set<string>): (term: string) => string[] | null {
  const stems = new Map<string, string>();
  return (term) => {
    if (term === "IT") return ["it"];
    const lower = term.toLowerCase();
    if (stopWords.has(lower)) return null;
    vocabulary.add(lower);
    let stem = stems.get(lower);
    if (stem === undefined) {
      stem = stemOf(lower);
      stems.set(lower, stem);
    }
    return stem === lower ? [lower] : [lower, stem];
  };
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

export type SearchIndex = {
  documents: MiniSearch<SearchDocument>;
  /** Every title and alias as a whole name (see `nameKey`), with the occupations that bear it. */
  names: ReadonlyMap<string, readonly string[]>;
  /** Every word indexed, lower case. */
  vocabulary: ReadonlySet<string>;
};

/**
 * A title, alias or query as a whole name: its words lower-cased and stemmed, without stop words
 * ("Registered Nurses" and "registered nurse" → "regist nurs").
 */
export function nameKey(text: string): string {
  return tokenize(text)
    .map((token) => token.toLowerCase())
    .filter((word) => word !== "" && !stopWords.has(word))
    .map(stemOf)
    .join(" ");
}

export function buildSearchIndex(careers: readonly Searchable[]): SearchIndex {
  const weights = new Map(careers.flatMap((career) => (career.weight === undefined ? [] : [[career.slug, career.weight] as const])));
  const vocabulary = new Set<string>();
  const documents = new MiniSearch<SearchDocument>({
    fields: [...nameFields, ...proseFields],
    storeFields: [],
    processTerm: indexTerms(vocabulary),
    // Queries are built from words this module has already lower-cased and stemmed.
    searchOptions: { boost, combineWith: "OR", processTerm: (term) => term, boostDocument: (id) => weights.get(String(id)) ?? 1 },
  });
  documents.addAll(
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
  const names = new Map<string, string[]>();
  for (const career of careers) {
    for (const name of [career.title, ...(career.aliases ?? [])]) {
      const key = nameKey(name);
      const slugs = names.get(key) ?? [];
      if (key !== "" && !slugs.includes(career.slug)) names.set(key, [...slugs, career.slug]);
    }
  }
  return { documents, names, vocabulary };
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
    { queries: [...new Set([word.typed, word.stem])].filter((term) => term.length >= minPrefixLength), fields: nameFields, prefix: true, fuzzy: false, weights: { fuzzy: 0, prefix: prefixWeight } },
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
function searchWords(index: MiniSearch<SearchDocument>, words: Word[]): { results: SearchResult[]; queries: Array<WordQuery | undefined> } {
  const typed = words.map(asTyped);
  const strict = index.search({ combineWith: "OR", queries: typed });
  const found = new Set(strict.flatMap((result) => result.queryTerms));
  const matched = typed.map((query) => termsOf(query).some((term) => found.has(term)));
  if (matched.every(Boolean)) return { results: strict, queries: typed };
  // A word typed in full that is a real word is not "corrected" into another ("waiter" is not water).
  const queries = words.map((word, i) => (matched[i] ? typed[i] : word.typed.length >= 4 && !isEnglishWord(word.typed) ? withTypos(word) : undefined));
  const used = queries.filter((query) => query !== undefined);
  return { results: used.length > 0 ? index.search({ combineWith: "OR", queries: used }) : [], queries };
}

export type SearchOutcome = {
  /** Matching careers, best first. */
  slugs: string[];
  /** Words of the search that matched only with typos ("waiter" as "water"), as typed. */
  closeSpellings: string[];
  /**
   * Whether a career matched by what it is called (title, other names, certifications, category)
   * rather than only by words of its description: when not, the page says no career is called that.
   */
  byName: boolean;
};

/** Fields that name a career; a match only elsewhere (summary, duties, skills) is a mention. */
const namingFields = new Set(["title", "aliases", "certifications", "category"]);

/** Whether a result's title has the word (whole, stemmed, or begun by it or its stem: "weld" → Welders); typos do not count. */
function inTitle(result: SearchResult, word: Word): boolean {
  const starts = [word.typed, word.stem].filter((start) => start.length >= minPrefixLength);
  return Object.entries(result.match).some(
    ([term, fields]) => fields.includes("title") && (term === word.stem || term === word.typed || starts.some((start) => term.startsWith(start))),
  );
}

/**
 * Adjacent words that together make one word of the catalog are searched as that word ("bar
 * tender" → bartender, "fork lift" → forklift); other words stay as typed.
 */
function joinSplitWords(words: Word[], vocabulary: ReadonlySet<string>): Word[] {
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const together = i + 1 < words.length ? words[i].typed + words[i + 1].typed : "";
    if (together !== "" && vocabulary.has(together)) {
      joined.push({ typed: together, stem: stemOf(together) });
      i++;
    } else {
      joined.push(words[i]);
    }
  }
  return joined;
}

/**
 * The careers that match `query`, best first, then narrowed by `keep` (the page's filters). The
 * query is first read through the everyday names (lib/browse/synonyms.ts: "cop" → police officer).
 * A career whose title or alias is the query itself comes first ("nurse" → the profile that is
 * also called Nurse, before Nurse Practitioners). The relevance cut-off is taken before the filters,
 * so a filter only ever narrows the careers the search itself finds: it never turns a passing
 * mention into a match ("nurse" with a $100,000 minimum does not list Pharmacists for mentioning nurses).
 */
export function searchCareers(index: SearchIndex, query: string, keep: (slug: string) => boolean = () => true): SearchOutcome {
  const read = withEverydayNames(query);
  const tokens = tokenize(read).filter((token) => token !== "");
  const typedWords = tokens.flatMap((token): Word[] => {
    const typed = token.toLowerCase();
    return stopWords.has(typed) && !meansIT(token, tokens.length) ? [] : [{ typed, stem: stemOf(typed) }];
  });
  if (typedWords.length === 0) return { slugs: [], closeSpellings: [], byName: false };
  // A query that is a name as typed keeps its words ("power plant operator", not powerplant).
  const typedName = index.names.has(nameKey(typedWords.map((word) => word.typed).join(" ")));
  const words = typedName ? typedWords : joinSplitWords(typedWords, index.vocabulary);
  const { results, queries } = searchWords(index.documents, words);
  const floor = (results[0]?.score ?? 0) * relevanceCutoff;
  const kept = results.filter((result) => result.score >= floor && keep(String(result.id)));
  const shownTerms = new Set(kept.flatMap((result) => result.queryTerms));
  const closeSpellings = words.filter((word, i) => queries[i]?.fuzzy && shownTerms.has(word.typed)).map((word) => word.typed);
  // In tiers, each by score: careers named by the whole query; careers whose title has every word
  // ("welding" → Welders before the instructors who teach it); careers that match every word ("software
  // engineer": both words before one word strongly); the rest.
  const named = new Set(index.names.get(nameKey(words.map((word) => word.typed).join(" "))) ?? []);
  const used = queries.filter((query) => query !== undefined);
  const matchesAll = (result: SearchResult) => used.every((wordQuery) => termsOf(wordQuery).some((term) => result.queryTerms.includes(term)));
  const titleHasAll = (result: SearchResult) => words.every((word) => inTitle(result, word));
  const rank = (result: SearchResult) =>
    named.has(String(result.id)) ? 0 : titleHasAll(result) ? 1 : used.length < 2 || matchesAll(result) ? 2 : 3;
  const ordered = [0, 1, 2, 3].flatMap((tier) => kept.filter((result) => rank(result) === tier));
  const byName = named.size > 0 || kept.some((result) => Object.values(result.match).some((fields) => fields.some((field) => namingFields.has(field))));
  return { slugs: ordered.map((result) => String(result.id)), closeSpellings, byName };
}

/**
 * Occupations whose title is spelled close to the search (a typo or two per word, or the start of
 * a word), best first: what the page offers when no career is called what was typed.
 */
export function nearTitles(index: SearchIndex, query: string, keep: (slug: string) => boolean, limit = 5): string[] {
  const words = tokenize(withEverydayNames(query)).map((token) => token.toLowerCase()).filter((word) => word.length >= 3 && !stopWords.has(word));
  if (words.length === 0) return [];
  const results = index.documents.search({ combineWith: "OR", queries: words.map((word) => ({ queries: [word], fields: ["title"], prefix: word.length >= minPrefixLength, fuzzy: word.length >= 7 ? 2 : 1 })) });
  return results.map((result) => String(result.id)).filter(keep).slice(0, limit);
}

/** Just the slugs of `searchCareers`. */
export function searchSlugs(index: SearchIndex, query: string, keep?: (slug: string) => boolean): string[] {
  return searchCareers(index, query, keep).slugs;
}
