/**
 * Text from a query string as a page may show it. Control characters (NUL, ESC, CR, LF…) become
 * spaces; bidirectional controls are dropped, because an override (U+202E) in a search would make
 * the site's own sentence around it read backwards; runs of space become one; and the text is cut
 * by characters, never inside one (an emoji cut in half shows as �).
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const controlCharacters = /\p{Cc}/gu;

/** The first `max` characters of `text` (code points, so a surrogate pair stays whole). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  return characters.length > max ? characters.slice(0, max).join("") : text;
}

/** `text` cut to `max` characters, with "…" when that left something out. */
export function shorten(text: string, max: number): string {
  const start = clipText(text, max);
  return start === text ? text : `${start}…`;
}

/** `value` cleaned as described above, cut to `max` characters and trimmed. */
export function cleanQueryText(value: string, max: number): string {
  return clipText(value.replace(bidiControls, "").replace(controlCharacters, " ").replace(/\s+/g, " "), max).trim();
}
