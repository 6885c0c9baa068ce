/**
 * Reads one content file's bytes into front matter (a YAML document with positions) and a body.
 * Accepts a UTF-8 byte-order mark and CRLF line endings; refuses oversized or hostile input.
 */
import matter from "gray-matter";
import { LineCounter, parseDocument, type Document } from "yaml";
import { ContentError } from "./errors";

export const maxFileBytes = 1024 * 1024;
const maxAliasCount = 50;

export type Source = {
  /** The front matter as a plain value (checked by the schema next). */
  data: unknown;
  doc: Document;
  lines: LineCounter;
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

const noopYaml = { parse: () => ({}) };

export function readSource(file: string, bytes: Uint8Array): SourceResult {
  if (bytes.byteLength > maxFileBytes) {
    const size = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return fail(file, 1, 1, "file", `the file is ${size} MB; a profile must be under 1 MB`, "file");
  }
  const decoded = decode(file, bytes);
  if (!("text" in decoded)) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  if (!/^---[ \t]*\n/.test(text)) {
    return fail(file, 1, 1, "front matter", "the file must start with a line of three dashes (---) followed by the profile's fields");
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text.slice(3))) {
    return fail(file, 1, 1, "front matter", "the front matter is not closed: add a line of three dashes (---) after the last field");
  }

  // gray-matter finds the delimiters; the YAML is parsed below with positions kept.
  const split = matter(text, { engines: { yaml: noopYaml } });
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(split.matter, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return fail(file, 1, 1, "front matter", `the front matter could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const at = lines.linePos(error.pos[0]);
        const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        return new ContentError("yaml", file, at.line, at.col, "front matter", `YAML syntax error: ${message}`);
      }),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (error) {
    const detail = error instanceof Error && /alias/i.test(error.message)
      ? "too many YAML aliases (*name): write the values out instead"
      : `the front matter could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return fail(file, 1, 1, "front matter", detail);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(file, 2, 1, "front matter", "the front matter must be a list of fields written `key: value`");
  }

  const bodyStart = text.length - split.content.length;
  return { ok: true, source: { data, doc, lines, body: split.content, bodyLine: positionOfOffset(text, bodyStart).line } };
}
