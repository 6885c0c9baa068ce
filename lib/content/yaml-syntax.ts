/**
 * YAML syntax errors in plain words, each with a fix an editor can follow. The `yaml` package names
 * its parser's internals ("Nested mappings are not allowed in compact mappings"); its error code and
 * the text of the line say what the editor wrote (a colon inside a value, a tab, a missing space).
 */

/** A syntax error as the `yaml` package reports it: code, message and offset in the YAML text. */
export type YamlSyntaxError = { code: string; message: string; offset: number };

/** What to tell the editor: where (an offset in the YAML text), the field when the line names one, and the fix. */
export type ExplainedError = { offset: number; field?: string; detail: string };

type Line = { text: string; start: number };

function splitLines(yaml: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of yaml.split("\n")) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && lines[index + 1].start <= offset) index += 1;
  return index;
}

const keyOrItem = /^([ \t]*)(?:(-[ \t]+)|([A-Za-z_][\w-]*)[ \t]*:)/;

/**
 * The field a line belongs to, read from the indentation above it: `salary.median`. Inside a list
 * entry it stops at the list (`timeSplit`): counting entries on a line that does not parse is guesswork.
 */
function fieldOfLine(lines: readonly Line[], index: number): string | undefined {
  const path: string[] = [];
  let indent = Number.POSITIVE_INFINITY;
  for (let i = index; i >= 0 && indent > 0; i -= 1) {
    const match = keyOrItem.exec(lines[i].text);
    if (!match || match[1].length >= indent) continue;
    indent = match[1].length;
    if (match[2]) path.length = 0;
    else path.unshift(match[3]);
  }
  return path.length > 0 ? path.join(".") : undefined;
}

/** The value written after `key: ` (or `- `) on a line. */
function valueOf(text: string): string {
  return /^[ \t]*(?:-[ \t]+)*(?:[^\s:#][^:]*?:[ \t]+)?(.*)$/.exec(text)?.[1] ?? text.trim();
}

/** The nearest line at or above `index` whose value opens `opener` and does not close `closer` on it. */
function openingLine(lines: readonly Line[], index: number, opener: string, closer: string): number {
  for (let i = index; i >= 0; i -= 1) {
    const value = valueOf(lines[i].text);
    if (value.startsWith(opener) && !value.slice(1).includes(closer)) return i;
  }
  return index;
}

/** The fix for a value that needs quotes, showing how it starts: `'Medical assistants: perform …'`. */
function quoteFix(value: string): string {
  const shown = value.length > 50 ? `${value.slice(0, 40).trimEnd()} …` : value;
  return `put the whole value in quotes: '${shown.replaceAll("'", "''")}'`;
}

/** `line` when the mistake is on another line than the parser noticed; `field` when indentation cannot tell it. */
type Description = { detail: string; line?: number; at?: "line start" | "value"; field?: string };

function describe(error: YamlSyntaxError, lines: readonly Line[], index: number): Description {
  const text = lines[index].text;
  const value = valueOf(text);
  const { code, message } = error;
  if (code === "TAB_AS_INDENT") {
    return { detail: "a tab indents this line: replace it with spaces (YAML allows only spaces)", at: "line start" };
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY" && message.startsWith("Nested mappings")) {
    if (/:(?:[ \t]|$)/.test(value)) return { detail: `the value contains ": ", which starts a new key: ${quoteFix(value)}` };
    const next = lines.findIndex((line, i) => i > index && line.text.trim() !== "");
    if (next > 0 && !keyOrItem.test(lines[next].text) && /:(?:[ \t]|$)/.test(lines[next].text)) {
      // A long value wrapped onto the next line, which holds ": ": quoting the whole value fixes it.
      return { detail: `the value goes on to the next line, which contains ": ": ${quoteFix(`${value} ${lines[next].text.trim()}`)}` };
    }
    if (next > 0) {
      // Read by its indentation, the line would belong to the key above it: name it as its sibling instead.
      const sibling = [...(fieldOfLine(lines, index)?.split(".").slice(0, -1) ?? []), keyOrItem.exec(lines[next].text)?.[3]];
      return { detail: "this line is indented further than the key above it: line its key up with the others", line: next, at: "line start",
        field: sibling.filter(Boolean).join(".") || undefined };
    }
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY" && /sequence/.test(message)) {
    return { detail: "this list item is not lined up with the items above it: indent its - like theirs", at: "line start" };
  }
  if (code === "MULTILINE_IMPLICIT_KEY") {
    const glued = /^([ \t]*(?:-[ \t]+)*[A-Za-z_][\w-]*):(\S.*)$/.exec(text);
    if (glued) return { detail: `add a space after the colon: ${glued[1].trim()}: ${glued[2]}`, at: "line start" };
    return { detail: "this line is not written key: value: check its indentation, and that its key ends with a colon and a space", at: "line start" };
  }
  if (code === "UNEXPECTED_TOKEN" && /block-seq-ind/.test(message)) {
    return { detail: "a list item (- …) must go on its own line below the key, indented by two spaces" };
  }
  if (code === "UNEXPECTED_TOKEN" && /scalar at node end/.test(message) && value.startsWith("'")) {
    return { detail: "an apostrophe inside single quotes ends the value: write it twice (it''s), or put the value in double quotes instead" };
  }
  if (code === "UNEXPECTED_TOKEN" && /scalar at node end/.test(message) && value.startsWith('"')) {
    return { detail: `text goes on after the closing quote: ${quoteFix(value)}, or remove the quotes` };
  }
  if (code === "MISSING_CHAR" && /closing "?quote|Missing closing/.test(message)) {
    const quote = message.includes("'") ? "'" : '"';
    return { detail: `the quote ${quote} that starts this value is not closed: end the value with ${quote} on the same line`, line: openingLine(lines, index, quote, quote), at: "value" };
  }
  if (code === "BAD_INDENT" && /Flow (?:sequence|map)/.test(message)) {
    const [opener, closer] = /sequence/.test(message) ? ["[", "]"] : ["{", "}"];
    return { detail: `the ${opener} that starts this value is not closed: end it with ${closer} on the same line`, line: openingLine(lines, index, opener, closer), at: "value" };
  }
  if (code === "BAD_SCALAR_START") {
    const character = /character (\S)/.exec(message)?.[1] ?? value[0];
    return { detail: `a value cannot start with ${character}: ${quoteFix(value)}` };
  }
  if (code === "BAD_DQ_ESCAPE") {
    return { detail: 'a backslash (\\) inside double quotes starts an escape like \\n: write \\\\ for a backslash, or use single quotes' };
  }
  return { detail: `YAML syntax error: ${message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}: check the quotes and indentation on this line` };
}

export function explainSyntaxError(yaml: string, error: YamlSyntaxError): ExplainedError {
  const lines = splitLines(yaml);
  const reported = lineIndexAt(lines, error.offset);
  const { detail, line = reported, at, field = fieldOfLine(lines, line) } = describe(error, lines, reported);
  const { text, start } = lines[line];
  const indentation = error.code === "TAB_AS_INDENT" ? 0 : (/^[ \t]*/.exec(text)?.[0].length ?? 0);
  const offset = at === "value" ? start + text.length - valueOf(text).length : at === "line start" ? start + indentation : error.offset;
  return { offset, field, detail };
}
