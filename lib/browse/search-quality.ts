/**
 * Search quality measured on a judged query set (tests/catalog/search-queries.tsv): queries a job
 * seeker types, each with the occupation(s) that must appear in the first three results. Used by
 * the catalog test (which holds the hit rates at their goals) and by `npm run bench:search`.
 */

export type JudgedQuery = {
  query: string;
  /** Slugs that must all be among the first three results; the first result must be one of them. */
  expected: string[];
  /** How a reader came to type it: title, ad, everyday, abbreviation, misspelling, plural, description. */
  kind: string;
  line: number;
};

export const searchGoals = { top1: 0.85, top3: 0.95, p99Ms: 10 } as const;

/** Parses the tab-separated set: a header `query  expected  kind`, then one query a line. */
export function parseJudgedQueries(text: string): JudgedQuery[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split("\t");
  if (header?.join("|") !== "query|expected|kind") throw new Error(`search-queries.tsv: the header must be "query<TAB>expected<TAB>kind", not "${lines[0]}"`);
  return lines.slice(1).flatMap((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return [];
    const [query, expected, kind] = line.split("\t");
    if (!query || !expected || !kind) throw new Error(`search-queries.tsv:${index + 2}: expected three tab-separated columns, got "${line}"`);
    return [{ query, expected: expected.split(",").map((slug) => slug.trim()), kind: kind.trim(), line: index + 2 }];
  });
}

export type QueryOutcome = JudgedQuery & { results: string[]; top1: boolean; top3: boolean };

export type SearchQuality = {
  total: number;
  top1: number;
  top3: number;
  byKind: Map<string, { total: number; top1: number; top3: number }>;
  /** Queries whose expected occupations are not all in the first three. */
  misses: QueryOutcome[];
  /** Queries that are in the first three but not first. */
  notFirst: QueryOutcome[];
};

export function judgeSearch(queries: readonly JudgedQuery[], search: (query: string) => string[]): SearchQuality {
  const outcomes: QueryOutcome[] = queries.map((judged) => {
    const results = search(judged.query);
    const firstThree = results.slice(0, 3);
    return { ...judged, results, top1: judged.expected.includes(results[0] ?? ""), top3: judged.expected.every((slug) => firstThree.includes(slug)) };
  });
  const byKind = new Map<string, { total: number; top1: number; top3: number }>();
  for (const outcome of outcomes) {
    const tally = byKind.get(outcome.kind) ?? { total: 0, top1: 0, top3: 0 };
    tally.total++;
    if (outcome.top1) tally.top1++;
    if (outcome.top3) tally.top3++;
    byKind.set(outcome.kind, tally);
  }
  const share = (count: number) => (outcomes.length === 0 ? 0 : count / outcomes.length);
  return {
    total: outcomes.length,
    top1: share(outcomes.filter((outcome) => outcome.top1).length),
    top3: share(outcomes.filter((outcome) => outcome.top3).length),
    byKind,
    misses: outcomes.filter((outcome) => !outcome.top3),
    notFirst: outcomes.filter((outcome) => outcome.top3 && !outcome.top1),
  };
}

/** One line per query that missed: what was typed, what was expected, and the first three results. */
export function describeOutcome(outcome: QueryOutcome): string {
  return `"${outcome.query}" (${outcome.kind}): expected ${outcome.expected.join(", ")}; got ${outcome.results.slice(0, 3).join(", ") || "nothing"}`;
}
