/** Finds where a field path lives in a parsed YAML document, as a 1-based line and column. */
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";

export type Position = { line: number; column: number };

/** A parsed YAML document and the line counter it was parsed with. */
export type Located = { doc: Document; lines: LineCounter };

type Found = { node: Node; keyNode?: Node; complete: boolean };

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === "string" ? key : undefined;
}

/** Walks as far down `path` as the document goes; `complete` says whether it reached the end. */
function walk(doc: Document, path: ReadonlyArray<PropertyKey>): Found | undefined {
  const root = doc.contents;
  if (!root) return undefined;
  let found: Found = { node: root, complete: true };
  for (const part of path) {
    const node = found.node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyName(item.key) === String(part));
      if (!pair || !isScalar(pair.key)) return { ...found, complete: false };
      const value = pair.value;
      found = isNode(value)
        ? { node: value, keyNode: pair.key, complete: true }
        : { node: pair.key, keyNode: pair.key, complete: true };
    } else if (isSeq(node) && typeof part === "number") {
      const item = node.items[part];
      if (!isNode(item)) return { ...found, complete: false };
      found = { node: item, complete: true };
    } else {
      return { ...found, complete: false };
    }
  }
  return found;
}

function toPosition(offset: number, lines: LineCounter): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/**
 * Position of the value at `path` (or of its key, with `at: "key"`). When the path stops short —
 * a required key that is missing — it points at the key of the deepest object that does exist.
 */
export function positionOf(
  { doc, lines }: Located,
  path: ReadonlyArray<PropertyKey>,
  at: "value" | "key" = "value",
): Position | undefined {
  const found = walk(doc, path);
  if (!found) return undefined;
  const target = at === "key" || !found.complete ? (found.keyNode ?? found.node) : found.node;
  const start = target.range?.[0];
  return start === undefined ? undefined : toPosition(start, lines);
}

/** The keys written in the map at `path`, with their positions (used to point at unknown keys). */
export function keyPositions({ doc, lines }: Located, path: ReadonlyArray<PropertyKey>): Map<string, Position> {
  const found = walk(doc, path);
  const positions = new Map<string, Position>();
  if (!found?.complete || !isMap(found.node)) return positions;
  for (const pair of found.node.items) {
    const name = keyName(pair.key);
    const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (name !== undefined && start !== undefined) positions.set(name, toPosition(start, lines));
  }
  return positions;
}
