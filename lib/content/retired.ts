/**
 * Keys of the v1 format whose figures now come from the national dataset (`salary`, `outlook`, the BLS
 * education categories). They are taken out before the schema sees them, so a file that still has
 * one is not told "unknown key" but, in the join stage, which dataset value replaces it.
 */
import type { Source } from "./source";
import { positionOf, type Position } from "./yaml-position";

export const retiredKeys = [
  ["salary"],
  ["outlook"],
  ["education", "entryLevel"],
  ["education", "workExperience"],
  ["education", "onTheJobTraining"],
] as const;

export type RetiredKey = (typeof retiredKeys)[number];
export type RetiredFound = { key: RetiredKey; at: Position };

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The front matter without the retired keys, and where each one was. The source is not changed. */
export function withoutRetiredKeys(source: Source): { data: unknown; found: RetiredFound[] } {
  const data = source.data;
  if (!isMap(data)) return { data, found: [] };
  const present = retiredKeys.filter(([first, second]) => {
    if (!Object.hasOwn(data, first)) return false;
    if (second === undefined) return true;
    const block = data[first];
    return isMap(block) && Object.hasOwn(block, second);
  });
  if (present.length === 0) return { data, found: [] };
  const copy: Record<string, unknown> = { ...data };
  for (const [first, second] of present) {
    if (second === undefined) delete copy[first];
    else {
      const block = { ...(copy[first] as Record<string, unknown>) };
      delete block[second];
      copy[first] = block;
    }
  }
  const located = source.locate();
  const found = present.map((key) => ({ key, at: positionOf(located, key, "key") ?? { line: 1, column: 1 } }));
  return { data: copy, found };
}
