/**
 * Text cut short by a YAML comment: in an unquoted value, " #" starts a comment, so
 * `summary: Ranked #1 in growth.` is read as "Ranked" and the rest is silently dropped. A note after
 * a number, a date, an id, a code or a URL (`updated: 2026-01-15 # checked with BLS`), or on a line
 * of its own (as in content/career-template.md), drops nothing and is fine: only text fields count.
 */
import { isPair, isScalar, isSeq, Scalar, visit } from "yaml";
import { ContentError, formatFieldPath } from "./errors";
import type { Source } from "./source";

/** Fields whose value is one token (an id, a date, a code, a URL): a note after it drops nothing. */
const tokenFields = new Set(["category", "entryLevel", "updated", "period", "socCode", "unit", "url", "poster", "related", "redirectFrom"]);

/** A comment after something on the same line; most front matter has none, so the parse below is rarely needed. */
const commentAfterValue = /^[ \t]*[^\s#].*?[ \t]#/m;

export function textCutByComments(file: string, source: Source): ContentError[] {
  if (!commentAfterValue.test(source.frontMatter)) return [];
  const { doc, lines } = source.locate();
  const errors: ContentError[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === "key" || node.type !== Scalar.PLAIN || typeof node.value !== "string" || !node.range) return;
      // The comment must start on the value's own line: one on a line of its own drops nothing.
      const [, valueEnd, nodeEnd] = node.range;
      const rest = source.frontMatter.slice(valueEnd, nodeEnd);
      const hash = /^[ \t]+#/.exec(rest);
      if (!hash) return;
      const path = fieldPath([...ancestors, node]);
      if (path.some((part) => typeof part === "string" && tokenFields.has(part))) return;
      const { line, col } = lines.linePos(valueEnd + hash[0].length - 1);
      const field = formatFieldPath(path);
      errors.push(new ContentError("yaml", file, line, col, field,
        `text after " #" is read as a comment and dropped: put the whole value in quotes (or move the note to a line of its own)`));
    },
  });
  return errors;
}

/** `["salary", "source"]`, `["aliases", 0]`: the path of the last node in `ancestors`, as visit() gives them. */
function fieldPath(ancestors: ReadonlyArray<unknown>): PropertyKey[] {
  const path: PropertyKey[] = [];
  ancestors.forEach((node, index) => {
    const child = ancestors[index + 1];
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    else if (isSeq(node)) path.push(node.items.findIndex((item) => item === child));
  });
  return path;
}
