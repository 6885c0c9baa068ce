/**
 * Editorial advice that never blocks publishing: an AI exposure written as a fraction (for the few
 * codes the dataset leaves unrated), a narrative without one of the recommended sections, few
 * duties, a summary that is not one sentence, a video poster (never loaded), and `related` links that the other profile does not
 * return. Each warning points at the field, like an error.
 */
import { entryPosition, type CrossFileEntry } from "../catalog/cross-file";
import { ContentError } from "./errors";
import type { RenderedMarkdown } from "./markdown";
import type { ProfileData } from "./schema";
import type { Source } from "./source";
import { positionOf, type Position } from "./yaml-position";

export const recommendedSections = ["A typical day", "Who thrives", "Rewards and frustrations", "Getting in"] as const;
export const advisedMinDuties = 6;
/**
 * Beyond this, a profile's printed handout may not fit on two pages (the browser tests print every
 * profile; the longest narratives today have ~575 words and fit with a few lines to spare).
 */
export const advisedMaxWords = 650;
/** A profile lists at most this many related careers (the catalog's bar), so a full list may leave a link one-way. */
export const advisedMaxRelated = 6;

/** Words that end with a full stop without ending the sentence. */
const abbreviations = new Set(["dr", "mr", "mrs", "ms", "st", "vs", "etc", "inc", "jr", "sr", "no", "approx"]);

export type ProfileWarningInput = {
  file: string;
  data: ProfileData;
  source: Source;
  /** Texts of the body's `##` headings. */
  sections: readonly string[];
  /** The body's other headings (positions relative to the body's first line). */
  otherHeadings?: RenderedMarkdown["otherHeadings"];
  /** Words in the body. */
  wordCount?: number;
};

const normalise = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Sentences in `text`: a sentence ends at `.`, `!` or `?` followed by a space and a capital letter
 * or digit, unless the word before is an abbreviation (`U.S. Army`, `e.g. Epic`, `Dr. Smith`).
 */
export function countSentences(text: string): number {
  const ends = [...text.trim().matchAll(/(\S+?)[.!?]+["”’)]*\s+(?=["“(]?[\p{Lu}\p{N}])/gu)];
  const real = ends.filter(([, word]) => !word.includes(".") && !/^\p{Lu}$/u.test(word) && !abbreviations.has(word.toLowerCase()));
  return real.length + 1;
}

function summaryAdvice(summary: string): string | undefined {
  const sentences = countSentences(summary);
  if (sentences > 1) return `reads as ${sentences} sentences: write one sentence (it is shown under the title and in link previews)`;
  if (!/[.!?]["”’)]*$/.test(summary.trim())) return "should be one full sentence ending with a full stop";
  return undefined;
}

export function profileWarnings({ file, data, source, sections, otherHeadings = [], wordCount = 0 }: ProfileWarningInput): ContentError[] {
  const at = (path: readonly PropertyKey[], where: "key" | "value" = "value"): Position =>
    positionOf(source.locate(), path, where) ?? { line: 1, column: 1 };
  const warn = (position: Position, field: string, detail: string) =>
    new ContentError("editorial", file, position.line, position.column, field, detail, "warning");
  const warnings: ContentError[] = [];

  if (data.duties.length < advisedMinDuties) {
    warnings.push(warn(at(["duties"], "key"), "duties",
      `only ${data.duties.length} duties: profiles read best with at least ${advisedMinDuties}`));
  }
  const exposure = data.aiResilience.exposurePercent;
  if (exposure !== undefined && exposure > 0 && exposure < 1) {
    // "GPTs are GPTs" publishes β as a fraction (0.36); the format wants the percent, and 0.36 would score as almost no exposure.
    warnings.push(warn(at(["aiResilience", "exposurePercent"]), "aiResilience.exposurePercent",
      `${exposure} looks like a fraction: did you mean ${Math.round(exposure * 1000) / 10} (a percent, 0–100)?`));
  }
  if (data.video?.poster) {
    warnings.push(warn(at(["video", "poster"], "key"), "video.poster",
      "not shown: a profile page loads nothing from another site before the reader presses play; delete this line"));
  }
  const summary = summaryAdvice(data.summary);
  if (summary) warnings.push(warn(at(["summary"]), "summary", summary));

  if (wordCount > advisedMaxWords) {
    warnings.push(warn({ line: source.bodyLine, column: 1 }, "body",
      `the narrative has ${wordCount} words: over about ${advisedMaxWords}, the printed profile may not fit on two pages (npm test prints every profile); tighten it`));
  }

  const written = new Set(sections.map(normalise));
  for (const section of recommendedSections) {
    if (written.has(normalise(section))) continue;
    const misranked = otherHeadings.find((heading) => normalise(heading.text) === normalise(section));
    // A `#` heading is an error already, which says to use `##`.
    if (misranked?.depth === 1) continue;
    if (misranked) {
      warnings.push(warn({ line: source.bodyLine + misranked.line - 1, column: misranked.column }, "body",
        `"${"#".repeat(misranked.depth)} ${misranked.text}" is a level-${misranked.depth} heading: write it "## ${misranked.text}" to make it a section`));
    } else {
      warnings.push(warn({ line: source.bodyLine, column: 1 }, "body",
        `no "## ${section}" section: the recommended sections are ${recommendedSections.join(", ")}`));
    }
  }
  return warnings;
}

/**
 * A `related` link should go both ways: warns on A's entry when A lists B but B does not list A and
 * B's list still has room.
 * Pass only valid profiles; drafts are left out on both ends.
 */
export function oneWayRelatedWarnings(entries: readonly CrossFileEntry[]): ContentError[] {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  return entries.flatMap((entry) => {
    if (entry.draft) return [];
    return entry.related.flatMap((target, index) => {
      const other = bySlug.get(target);
      // A link listed twice is an error already (lib/catalog/cross-file.ts): one warning is enough.
      const repeated = entry.related.indexOf(target) !== index;
      if (!other || other.draft || other === entry || repeated || other.related.includes(entry.slug)) return [];
      // The other list is full: the link may stay one-way.
      if (other.related.length >= advisedMaxRelated) return [];
      const { line, column } = entryPosition(entry, "related", index);
      return [new ContentError("editorial", entry.file, line, column, `related[${index}]`,
        `"${target}" does not link back: add "${entry.slug}" to the related list of ${other.file}, or remove this link`, "warning")];
    });
  });
}
