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

/**
 * One line per problem, columns aligned like the format's examples:
 * `content/careers/x.md:23:11  salary.median  expected a whole number of dollars, got "42k"`.
 */
export function formatErrors(errors: readonly ContentError[]): string {
  const sorted = sortErrors(errors);
  const width = Math.max(0, ...sorted.map((error) => `${error.file}:${error.line}:${error.column}`.length));
  return sorted
    .map((error) => {
      const location = `${error.file}:${error.line}:${error.column}`.padEnd(width);
      const label = error.severity === "warning" ? "warning: " : "";
      return `${location}  ${error.field}  ${label}${error.detail}`;
    })
    .join("\n");
}
