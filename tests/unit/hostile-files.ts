/**
 * Generated hostile profiles of any size up to the 1 MB file limit: one small construct (a motif)
 * repeated until the file is full, in the body or in the front matter. Each motif once made the
 * content check slow, deep or memory-hungry in some parser, or could: unclosed brackets, table
 * pipes, nesting by indentation or by markers, emphasis runs, YAML anchors, flow collections.
 *
 * Used by the property test in tests/unit/hostile-files.test.ts (generous bounds) and by
 * `npm run bench:hostile` (the figures, and how they grow with size).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { maxFileBytes } from "@/lib/content/source";

const minimalProfile = readFileSync(path.resolve(import.meta.dirname, "../fixtures/valid/careers/minimal-profile.md"), "utf8");
const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(minimalProfile) ?? [];

/** Markdown constructs, repeated in the body. */
export const bodyMotifs = [
  "[a](", "[", "](", "![a](", "[a][", "[^1]", "[x]: /u\n", "<", "<a ", "<!--", "&#x", "&amp;", "*", "**a", "_a", "~~", "`", "```\n",
  "> ", ">\n", "- ", "1. ", "  - a\n", "\t", "|", "a|", "| - |\n", "\\", "#", "http://a.b/", "www.a.b ", "a@b.c ", "\n", "a\n", "$",
] as const;

/** YAML constructs, repeated in the front matter (after the valid fields). */
export const frontMatterMotifs = [
  "k: v\n", "- x\n", "x:\n  ", "? a\n", "&a a\n", "*a ", "[", "{", "{a: [", "'", "\"", "\\", "# c\n", "  ", "!!str ", "<<: *a\n", "a: &a [1]\nb: *a\n",
] as const;

export type HostileFile = { place: "body" | "frontMatter"; motif: string; separator: string; bytes: number };

/** The profile text for `file`: the motif repeated (with `separator` between) to about `bytes` in all, never over the file limit. */
export function hostileProfile({ place, motif, separator, bytes }: HostileFile): string {
  const unit = motif + separator;
  const base = place === "body" ? `---\n${frontMatter}\n---\n${body}\n` : `---\n${frontMatter}\nextra:\n---\n${body}`;
  const room = Math.min(bytes, maxFileBytes) - Buffer.byteLength(base);
  const filler = unit.repeat(Math.max(0, Math.floor(room / Math.max(1, Buffer.byteLength(unit)))));
  return place === "body" ? base + filler : `---\n${frontMatter}\nextra: ${filler}\n---\n${body}`;
}
