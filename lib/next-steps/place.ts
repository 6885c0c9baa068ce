/**
 * The place a reader types beside the finders (a ZIP code, a city or a state), read before it goes
 * into another site's address. Pure: the route (/go) and the links in the browser use the same rule.
 */

export const maxPlaceLength = 60;

/** What the form says under the field, and the refusal page repeats. */
export const placeRule = `a 5-digit ZIP code, or a city or state (letters, digits, spaces and , . - ' only; up to ${maxPlaceLength} characters)`;

export type PlaceResult = { ok: true; place: string | undefined } | { ok: false; message: string };

/** Letters of any alphabet (Cañon City, Española), digits, spaces and the punctuation of place names. */
const allowed = /^[\p{L}\p{M}0-9 .,'’-]+$/u;

/**
 * An empty or missing place is no place (a national search). Anything else is trimmed, its runs of
 * spaces made one, and kept only if every character is allowed and it has a letter or digit; a
 * newline, a control or direction-override character, `<`, `:`, `/`, `%` or `&` is refused.
 */
export function readPlace(raw: string | null | undefined): PlaceResult {
  const text = (raw ?? "").normalize("NFC").replace(/^[ \t]+|[ \t]+$/g, "");
  if (text === "") return { ok: true, place: undefined };
  if (text.length > maxPlaceLength) {
    return { ok: false, message: `The place is ${text.length} characters long; write ${placeRule}.` };
  }
  if (!allowed.test(text) || !/[\p{L}0-9]/u.test(text)) {
    return { ok: false, message: `The place can only be ${placeRule}.` };
  }
  return { ok: true, place: text.replace(/ {2,}/g, " ") };
}
