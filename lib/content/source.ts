/**
 * Reads one content file's bytes into front matter (its value, and a YAML document with positions
 * when a message needs one) and a body. Accepts a UTF-8 byte-order mark and CRLF line endings;
 * refuses oversized or hostile input.
 */
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from "yaml";
import { ContentError, formatFieldPath } from "./errors";
import type { Located } from "./yaml-position";
import { readQuickly } from "./yaml-quick";
import { explainSyntaxError } from "./yaml-syntax";

export const maxFileBytes = 1024 * 1024;
/** Longer lines are refused: no profile needs them, and Markdown parsing slows down badly on them. */
export const maxLineLength = 10_000;
/** Duplicate keys reported per file; a pasted data dump would otherwise give thousands. */
export const maxYamlErrors = 20;
/** Characters of front matter: the longest profile's is under 5,000, and reading YAML with positions costs ~7 µs a character. */
export const maxFrontMatterLength = 64 * 1024;
const maxAliasCount = 50;
const nestedTooDeeply = "the front matter is nested too deeply to read (lists or maps inside each other hundreds of times): a profile needs at most three levels";

export type Source = {
  /** The front matter as a plain value (checked by the schema next). */
  data: unknown;
  /** The front matter's YAML text; its lines are the file's lines. */
  frontMatter: string;
  /** The front matter with positions, parsed on first use: only files with something to report need it. */
  locate: () => Located;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
};

export type SourceResult = { ok: true; source: Source } | { ok: false; errors: ContentError[] };

function fail(file: string, line: number, column: number, field: string, detail: string, kind: ContentError["kind"] = "yaml"): SourceResult {
  return { ok: false, errors: [new ContentError(kind, file, line, column, field, detail)] };
}

function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Decodes UTF-8 strictly; on a bad byte, says where it is. */
function decode(file: string, bytes: Uint8Array): { text: string } | SourceResult {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const { line, column } = positionOfOffset(lossy, Math.max(0, lossy.indexOf("\uFFFD")));
    return fail(file, line, column, "file", "the file is not valid UTF-8: save it with UTF-8 encoding", "encoding");
  }
}

/** NUL characters and lines too long to be prose: the file is not a profile (binary, UTF-16, minified). */
function checkText(file: string, text: string): SourceResult | undefined {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const { line, column } = positionOfOffset(text, nul);
    return fail(file, line, column, "file", "the file contains a NUL character (byte 0): it is not plain text; save it as UTF-8 text", "encoding");
  }
  for (let start = 0, line = 1; start <= text.length; line += 1) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > maxLineLength) {
      return fail(file, line, 1, "file",
        `line ${line} is ${length.toLocaleString("en-US")} characters long; keep lines under ${maxLineLength.toLocaleString("en-US")} characters (a paragraph can span several lines)`, "file");
    }
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

/** A key written a second time in the same map, with the field path and the offset of each writing. */
type DuplicateKey = { path: PropertyKey[]; offset: number; firstOffset: number };

/**
 * Duplicate keys, found with one pass per map. The parser's own `uniqueKeys` check compares every
 * key with every earlier one, which took seconds on a file with tens of thousands of keys.
 */
function duplicateKeys(doc: Document): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  const pending: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: doc.contents, path: [] }];
  while (pending.length > 0) {
    const { node, path } = pending.pop() ?? { node: undefined, path: [] };
    if (isMap(node)) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const offset = pair.key.range?.[0] ?? 0;
          const first = seen.get(pair.key.value);
          if (first !== undefined) duplicates.push({ path: [...path, String(pair.key.value)], offset, firstOffset: first });
          else seen.set(pair.key.value, offset);
          pending.push({ node: pair.value, path: [...path, String(pair.key.value)] });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => pending.push({ node: item, path: [...path, index] }));
    } else if (isPair(node)) {
      pending.push({ node: node.value, path });
    }
  }
  return duplicates.sort((a, b) => a.offset - b.offset);
}

function isStackOverflow(message: string): boolean {
  return /call stack/i.test(message);
}

/**
 * The first syntax error only, in plain words: the parser's later errors are nearly always knock-on
 * effects of the first (one tab gave thirteen), and fixing it shows any that are not.
 */
function syntaxErrors(file: string, field: string, yaml: string, lines: LineCounter, errors: readonly YAMLError[]): ContentError[] {
  const overflow = errors.find((error) => isStackOverflow(error.message));
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const at = (offset: number) => lines.linePos(offset);
  if (overflow) {
    const { line, col } = at(overflow.pos[0]);
    return [new ContentError("yaml", file, line, col, field, nestedTooDeeply)];
  }
  const explained = explainSyntaxError(yaml, { code: first.code, message: first.message, offset: first.pos[0] });
  const { line, col } = at(explained.offset);
  return [new ContentError("yaml", file, line, col, explained.field ?? field, explained.detail)];
}

/** Every duplicate key, named, up to `maxYamlErrors`; then one line saying how many more. */
function duplicateKeyErrors(file: string, field: string, lines: LineCounter, duplicates: readonly DuplicateKey[]): ContentError[] {
  const located = (duplicate: DuplicateKey, detail: string) => {
    const { line, col } = lines.linePos(duplicate.offset);
    return new ContentError("yaml", file, line, col, formatFieldPath(duplicate.path) || field, detail);
  };
  const errors = duplicates.slice(0, maxYamlErrors).map((duplicate) =>
    located(duplicate, `written twice (also on line ${lines.linePos(duplicate.firstOffset).line}): keep one`));
  if (duplicates.length > maxYamlErrors) {
    const rest = duplicates.length - maxYamlErrors;
    errors.push(new ContentError("yaml", file, lines.linePos(duplicates[maxYamlErrors].offset).line, 1, field,
      `and ${rest.toLocaleString("en-US")} more key${rest === 1 ? "" : "s"} written twice after this point; fix the ones above first`));
  }
  return errors;
}

/**
 * The front matter (from the end of the opening `---`, so its lines are the file's lines) and the
 * body, split where gray-matter splits them: at the first line that starts with `---`. Not
 * gray-matter itself: it strips comment lines with /^\s*#[^\n]+/gm first, which runs on over every
 * blank line after each line start, so 1,000 blank lines took seconds and 100,000 minutes.
 */
export function splitFrontMatter(text: string): { matter: string; content: string } {
  const start = 3; // after the opening `---` (its line's trailing spaces stay, as in gray-matter)
  const close = text.indexOf("\n---", start);
  if (close < 0) return { matter: text.slice(start), content: "" };
  let content = text.slice(close + 4);
  if (content.startsWith("\r")) content = content.slice(1);
  if (content.startsWith("\n")) content = content.slice(1);
  return { matter: text.slice(start, close), content };
}

export type YamlResult = { ok: true; data: unknown } & Located | { ok: false; errors: ContentError[] };

/**
 * Parses editor-written YAML with positions kept, refusing what would hurt: syntax errors (the first,
 * located and in plain words), duplicate keys (at most `maxYamlErrors`), nesting deep enough to overflow the stack and alias
 * bombs. `field` names the part of the file in the errors ("front matter", "(yaml)").
 */
export function parseYaml(file: string, yaml: string, field: string): YamlResult {
  const failed = (detail: string): YamlResult => ({ ok: false, errors: [new ContentError("yaml", file, 1, 1, field, detail)] });
  const unreadable = (message: string) => `the ${field === "front matter" ? "front matter" : "file"} could not be read: ${message}`;
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(isStackOverflow(message) ? nestedTooDeeply : unreadable(message));
  }
  if (doc.errors.length > 0) return { ok: false, errors: syntaxErrors(file, field, yaml, lines, doc.errors) };
  const duplicates = duplicateKeys(doc);
  if (duplicates.length > 0) return { ok: false, errors: duplicateKeyErrors(file, field, lines, duplicates) };
  try {
    return { ok: true, doc, lines, data: doc.toJS({ maxAliasCount }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = /alias/i.test(message)
      ? "too many YAML aliases (*name): write the values out instead"
      : isStackOverflow(message) ? nestedTooDeeply : unreadable(message);
    return failed(detail);
  }
}

/**
 * The front matter with positions, for pointing at a field of YAML that has already been read
 * without errors. Never throws: when it cannot be parsed, lookups find nothing (and say line 1).
 */
export function locateYaml(yaml: string): Located {
  const lines = new LineCounter();
  try {
    return { doc: parseDocument(yaml, { lineCounter: lines, uniqueKeys: false, prettyErrors: false }), lines };
  } catch {
    return { doc: new Document(), lines };
  }
}

/** Reads front matter quickly when it can, carefully (with positions and located errors) when it must. */
function readFrontMatter(file: string, yaml: string): { ok: true; data: unknown; locate: () => Located } | { ok: false; errors: ContentError[] } {
  const quick = readQuickly(yaml);
  if (quick) {
    let located: Located | undefined;
    return { ok: true, data: quick.data, locate: () => (located ??= locateYaml(yaml)) };
  }
  const parsed = parseYaml(file, yaml, "front matter");
  if (!parsed.ok) return parsed;
  const { doc, lines, data } = parsed;
  return { ok: true, data, locate: () => ({ doc, lines }) };
}

export function readSource(file: string, bytes: Uint8Array): SourceResult {
  if (bytes.byteLength > maxFileBytes) {
    const size = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return fail(file, 1, 1, "file", `the file is ${size} MB; a profile must be under 1 MB`, "file");
  }
  const decoded = decode(file, bytes);
  if (!("text" in decoded)) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const refused = checkText(file, text);
  if (refused) return refused;

  if (!/^---[ \t]*\n/.test(text)) {
    return fail(file, 1, 1, "front matter", "the file must start with a line of three dashes (---) followed by the profile's fields");
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text.slice(3))) {
    return fail(file, 1, 1, "front matter", "the front matter is not closed: add a line of three dashes (---) after the last field");
  }

  const split = splitFrontMatter(text);
  if (split.matter.length > maxFrontMatterLength) {
    const line = split.matter.slice(0, maxFrontMatterLength).split("\n").length;
    return fail(file, line, 1, "front matter", `the front matter is ${split.matter.length.toLocaleString("en-US")} characters long (at most ${maxFrontMatterLength.toLocaleString("en-US")}); a profile's fields fit in about 5,000: is the closing --- line missing, or a long list pasted in?`);
  }
  const parsed = readFrontMatter(file, split.matter);
  if (!parsed.ok) return parsed;
  const { data, locate } = parsed;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(file, 2, 1, "front matter", "the front matter must be a list of fields written `key: value`");
  }

  const bodyStart = text.length - split.content.length;
  return { ok: true, source: { data, frontMatter: split.matter, locate, body: split.content, bodyLine: positionOfOffset(text, bodyStart).line } };
}
