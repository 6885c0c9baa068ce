/**
 * Whether a word is an English word (Sindre Sorhus's word-list, MIT: 274,000 words), so search
 * never "corrects" a real word into a different one ("waiter" into "water"): a known word that
 * matches nothing finds nothing, and the page says so. Read once, on the first search that needs
 * it (about 3 MB of text).
 */
import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let words: ReadonlySet<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return words.has(word.toLowerCase());
}
