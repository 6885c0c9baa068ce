/** Problems found in content files, reported as `path:line:column  field.path  message`. */
import path from "node:path";

/** A file as reports name it: relative to `root` (the working folder), with forward slashes on every system. */
export function displayPath(file: string, root: string = process.cwd()): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** `editorial` problems are advice (see lib/content/warnings.ts) and are always warnings. */
export type ContentErrorKind = "encoding" | "yaml" | "schema" | "file" | "cross-file" | "markdown" | "editorial";
export type Severity = "error" | "warning";

export class ContentError extends Error {
  constructor(
    readonly kind: ContentErrorKind,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly field: string,
    readonly detail: string,
    readonly severity: Severity = "error",
  ) {
    super(`${file}:${line}:${column}  ${field}  ${detail}`);
    this.name = "ContentError";
  }
}

/** Formats a field path from zod or YAML, array indices in brackets: `timeSplit[2].percent`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    return out === "" ? String(part) : `${out}.${String(part)}`;
  }, "");
}

/** Sorts by file, then line, then column, so a report reads top to bottom. */
export function sortErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text safe to print on a terminal or a CI log: control characters (C0, DEL, C1), line and paragraph
 * separators and bidirectional overrides are written as escapes (`\n`, `\x1b`, `\u202e`), so a file
 * name or YAML key cannot start a new line, a workflow command (`::error::`) or a colour sequence.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    if (Object.hasOwn(named, char)) return named[char];
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/**
 * One line per problem, columns aligned like the format's examples:
 * `content/careers/x.md:23:11  salary.median  expected a whole number of dollars, got "42k"`.
 */
export function formatErrors(errors: readonly ContentError[]): string {
  const sorted = sortErrors(errors);
  const width = Math.max(0, ...sorted.map((error) => printable(`${error.file}:${error.line}:${error.column}`).length));
  return sorted
    .map((error) => {
      const location = printable(`${error.file}:${error.line}:${error.column}`).padEnd(width);
      const label = error.severity === "warning" ? "warning: " : "";
      return `${location}  ${printable(error.field)}  ${label}${printable(error.detail)}`;
    })
    .join("\n");
}
