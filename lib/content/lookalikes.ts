/**
 * Characters that look like the ones the format needs but are not: curly quotes and dashes that word
 * processors put in, non-breaking and zero-width spaces pasted from web pages. A value that fails
 * its check for one of them looks right on screen, so the message names the character.
 */
const lookalikes: ReadonlyArray<{ pattern: RegExp; note: string }> = [
  { pattern: /[“”„‟]/, note: 'has curly quotes “ ”: use straight quotes "' },
  { pattern: /[‘’‚‛]/, note: "has curly apostrophes ‘ ’: use straight ones '" },
  { pattern: /–/, note: "has an en dash (–): use a hyphen (-)" },
  { pattern: /—/, note: "has an em dash (—): use a hyphen (-)" },
  { pattern: /−/, note: "has a minus sign (−): use a hyphen (-)" },
  { pattern: /[\u00A0\u2007\u202F]/, note: "has a non-breaking space: replace it with an ordinary space" },
  { pattern: /[\u200B-\u200D\u2060\uFEFF]/, note: "has an invisible zero-width space: delete it (retype the value)" },
];

/** What is wrong with `text`'s look-alike characters, `has an en dash (–): use a hyphen (-)`; undefined when none. */
export function describeLookalikes(text: string): string | undefined {
  // Cheap test first: nearly every value is plain ASCII.
  if (!/[^\x20-\x7E]/.test(text)) return undefined;
  const notes = lookalikes.filter(({ pattern }) => pattern.test(text)).map(({ note }) => note);
  return notes.length > 0 ? notes.join("; ") : undefined;
}
