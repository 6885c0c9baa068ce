/**
 * The catalog's editorial bar (issue 15), as checks over published careers: what the catalog test
 * enforces and `npm run catalog:bar` prints for an editor. Each check returns findings that name the
 * profile and say what to change; an empty list means the bar is met. Costs stay linear in the
 * catalog's text, except the narrative comparison, which is pairwise over a few hundred small sets.
 */
import type { Career } from "./load";
import { advisedMaxRelated, countSentences, recommendedSections } from "../content/warnings";

export type BarFinding = { slug: string; check: string; message: string };

export const barLimits = {
  narrativeWords: { min: 300, max: 650 },
  duties: { min: 6, max: 10 },
  timeSplit: { min: 3, max: 6 },
  related: { min: 3, max: advisedMaxRelated },
  /** Sentences of this many words or more may not appear in two profiles. */
  sharedSentenceWords: 8,
  /** Jaccard similarity of two narratives' word triples at or above which they are near-duplicates. */
  nearDuplicate: 0.2,
} as const;


/**
 * The narrative as plain text: tags dropped, entities of the sanitised HTML decoded; headings left
 * out (word counts), or kept to run into the sentence after them, as the shared-sentence check reads
 * them (a stock opening line under a stock heading is a repeated sentence too).
 */
export function narrativeText(career: Pick<Career, "html">, { headings = false } = {}): string {
  const html = headings ? career.html : career.html.replace(/<h[1-6][^>]*>.*?<\/h[1-6]>/gs, " ");
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Figures of the kinds the national dataset supplies, written into prose: a wage, a headcount, a
 * projected change or AI exposure in percent, a wage release ("May 2025") or a projection period
 * ("2024–2034"). The page shows the dataset's own figures, which change with every release, so a
 * narrative that quotes them goes stale; it should say the same thing in words. A number is read
 * only from its first digit (the look-behinds), so a long run of digits costs one pass.
 */
const quotedFigurePatterns: readonly RegExp[] = [
  /\$\s?\d[\d,.]*(?:\s?(?:an hour|a year|per hour|per year))?/i,
  /(?<![\d,.$])\d[\d,.]*\s?(?:million|thousand)\b/i,
  // A headcount: any number from 10,000 that is not a measure (hours, miles, pounds…), or a smaller one counting workers or jobs.
  /(?<![\d,.$])\d{2,3}(?:,\d{3})+(?![\d,]|[\s-]+(?:hours?|miles?|pounds?|feet|foot|gallons?|volts?|degrees?|square|acres?)\b)|(?<![\d,.$])\d{1,3}(?:,\d{3})+\s+(?:[a-z-]+\s+){0,3}?(?:workers|people|jobs|positions|openings|employees)\b/i,
  /\bMay 20\d\d\b/,
  /\b20\d\d\s?(?:–|-|to)\s?20\d\d\b/,
];
/** A percent counts as a dataset figure in a sentence about growth, jobs or exposure. */
const percentPattern = /(?<![\d,.])\d[\d.]*\s?(?:percent|%)/i;
const outlookWords = /\b(?:grow|growth|grew|decline|drop|fall|rise|increase|shrink|jobs|employment|openings|exposed|exposure|projects|projected)\b/i;

/** The figures a narrative quotes, each as written ("a 5.8 percent decline" gives "5.8 percent"). */
export function quotedFigures(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    for (const pattern of quotedFigurePatterns) {
      const match = pattern.exec(sentence);
      if (match) found.push(match[0].trim());
    }
    const percent = percentPattern.exec(sentence);
    if (percent && outlookWords.test(sentence)) found.push(percent[0].trim());
  }
  return found;
}

/** Findings about one profile on its own: sizes of each part, sections, aliases, quoted figures. */
export function profileFindings(career: Career): BarFinding[] {
  const findings: BarFinding[] = [];
  const add = (check: string, message: string) => findings.push({ slug: career.slug, check, message });
  const { narrativeWords, duties, timeSplit, related } = barLimits;

  const narrative = narrativeText(career);
  const words = wordCount(narrative);
  if (words < narrativeWords.min || words > narrativeWords.max) {
    add("narrative", `the narrative has ${words} words: write ${narrativeWords.min}–${narrativeWords.max}`);
  }
  const sections = career.toc.map((entry) => entry.text);
  if (sections.join("|") !== recommendedSections.join("|")) {
    add("sections", `the narrative's ## sections are "${sections.join('", "')}": use "${recommendedSections.join('", "')}", in that order`);
  }
  if (career.duties.length < duties.min || career.duties.length > duties.max) {
    add("duties", `${career.duties.length} duties: give ${duties.min}–${duties.max}, the most time-consuming first`);
  }
  const split = career.timeSplit ?? [];
  if (split.length < timeSplit.min || split.length > timeSplit.max) {
    add("timeSplit", `${split.length} activities in the time split: give ${timeSplit.min}–${timeSplit.max}`);
  }
  for (const entry of split) if (!entry.detail?.trim()) add("timeSplit", `"${entry.activity}" has no detail: say what the activity includes`);
  const relatedCount = career.related?.length ?? 0;
  if (relatedCount < related.min || relatedCount > related.max) {
    add("related", `${relatedCount} related careers: give ${related.min}–${related.max}`);
  }
  if ((career.aliases ?? []).length === 0) add("aliases", "no aliases: list the titles used in job ads and everyday speech");
  const summary = career.summary.trim();
  if (countSentences(summary) !== 1 || !/[.!?]["”’)]*$/.test(summary)) add("summary", "the summary must be one sentence, ending with a full stop");
  for (const figure of quotedFigures(narrative)) {
    add(
      "figures",
      `the narrative quotes "${figure}": the page shows the national dataset's figures, which change with every release, so say it in words ("BLS expects a small decline", "pay near the top of the range")`,
    );
  }
  return findings;
}

/** The text of a profile split into sentences, each normalised (lowercase, letters and digits only). */
export function profileSentences(career: Career): string[] {
  const parts = [career.summary, ...career.duties, ...(career.timeSplit ?? []).map((entry) => entry.detail ?? ""), narrativeText(career, { headings: true })];
  return parts
    .flatMap((part) => part.split(/(?<=[.!?;:])\s+|\s+[—–]\s+/))
    .map((sentence) => sentence.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim())
    .filter((sentence) => wordCount(sentence) >= barLimits.sharedSentenceWords);
}

/** Sentences of 8 or more words that appear in two or more profiles. */
export function sharedSentenceFindings(careers: readonly Career[]): BarFinding[] {
  const owners = new Map<string, Set<string>>();
  for (const career of careers) {
    for (const sentence of profileSentences(career)) {
      const slugs = owners.get(sentence) ?? new Set<string>();
      slugs.add(career.slug);
      owners.set(sentence, slugs);
    }
  }
  const findings: BarFinding[] = [];
  for (const [sentence, slugs] of owners) {
    if (slugs.size < 2) continue;
    for (const slug of slugs) {
      const others = [...slugs].filter((other) => other !== slug).join(", ");
      findings.push({ slug, check: "shared sentence", message: `"${sentence}" also appears in ${others}: rewrite it for this job` });
    }
  }
  return findings;
}

function triples(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^a-z0-9\s]+/g, " ").split(/\s+/).filter(Boolean);
  const set = new Set<string>();
  for (let index = 0; index + 2 < words.length; index++) set.add(`${words[index]} ${words[index + 1]} ${words[index + 2]}`);
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Pairs of narratives whose word triples overlap at or above the near-duplicate threshold. */
export function nearDuplicateFindings(careers: readonly Career[]): BarFinding[] {
  const sets = careers.map((career) => ({ slug: career.slug, triples: triples(narrativeText(career)) }));
  const findings: BarFinding[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const similarity = jaccard(sets[i].triples, sets[j].triples);
      if (similarity < barLimits.nearDuplicate) continue;
      const percent = Math.round(similarity * 100);
      findings.push({ slug: sets[i].slug, check: "near-duplicate", message: `its narrative shares ${percent}% of its word triples with ${sets[j].slug}: rewrite one of them` });
      findings.push({ slug: sets[j].slug, check: "near-duplicate", message: `its narrative shares ${percent}% of its word triples with ${sets[i].slug}: rewrite one of them` });
    }
  }
  return findings;
}

/**
 * Related links that do not hold both ways: A lists B but B does not list A, while B still has room
 * (fewer than the maximum). A full list may leave a link one-way.
 */
export function oneWayRelatedFindings(careers: readonly Career[]): BarFinding[] {
  const bySlug = new Map(careers.map((career) => [career.slug, career]));
  const findings: BarFinding[] = [];
  for (const career of careers) {
    for (const slug of career.related ?? []) {
      const other = bySlug.get(slug);
      if (!other) continue;
      const back = other.related ?? [];
      if (back.includes(career.slug) || back.length >= barLimits.related.max) continue;
      findings.push({ slug: other.slug, check: "related", message: `${career.slug} lists ${other.slug} as related: add ${career.slug} to ${other.slug}'s related, or remove the link from ${career.slug}` });
    }
  }
  return findings;
}

/** Aliases shared by two profiles, or equal to another profile's title. */
export function aliasClashFindings(careers: readonly Career[]): BarFinding[] {
  const owners = new Map<string, string[]>();
  const claim = (name: string, slug: string) => {
    const key = name.trim().toLowerCase();
    const list = owners.get(key) ?? [];
    if (!list.includes(slug)) list.push(slug);
    owners.set(key, list);
  };
  for (const career of careers) {
    claim(career.title, career.slug);
    for (const alias of career.aliases ?? []) claim(alias, career.slug);
  }
  const findings: BarFinding[] = [];
  for (const [name, slugs] of owners) {
    if (slugs.length < 2) continue;
    for (const slug of slugs) findings.push({ slug, check: "alias", message: `"${name}" is also a title or alias of ${slugs.filter((other) => other !== slug).join(", ")}: keep it on one profile` });
  }
  return findings;
}

/** Everything the bar checks, over the whole catalog, in profile order. */
export function barFindings(careers: readonly Career[]): BarFinding[] {
  return [
    ...careers.flatMap(profileFindings),
    ...sharedSentenceFindings(careers),
    ...nearDuplicateFindings(careers),
    ...oneWayRelatedFindings(careers),
    ...aliasClashFindings(careers),
  ];
}
