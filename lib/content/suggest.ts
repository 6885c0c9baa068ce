/** "Did you mean …?" for a misspelt key: the closest known key, if it is close enough to be a typo. */
import { distance } from "fastest-levenshtein";

const normalize = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, "");

export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  const exact = known.find((key) => normalize(key) === normalize(unknown));
  if (exact) return exact;
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const d = distance(normalize(unknown), normalize(key));
    if (!best || d < best.distance) best = { key, distance: d };
  }
  const allowed = Math.max(2, Math.floor(unknown.length / 3));
  return best && best.distance <= allowed ? best.key : undefined;
}
