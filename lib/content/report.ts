/**
 * What `npm run content:check` prints: aligned text lines for people, a JSON array for tools
 * (`--format json`), and GitHub Actions annotations so problems show on the pull request's files.
 */
import { formatErrors, printable, sortErrors, type ContentError, type ContentErrorKind, type Severity } from "./errors";

export type ReportFormat = "text" | "json";
export const reportFormats: readonly ReportFormat[] = ["text", "json"];

export type Problem = {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  severity: Severity;
  kind: ContentErrorKind;
};

export type CheckResult = {
  errors: readonly ContentError[];
  warnings: readonly ContentError[];
  validProfiles: number;
  seconds: number;
  /** The files named on the command line, when the check was asked about some files only. */
  named?: readonly string[];
};
export type CheckOutput = { stdout: string; stderr: string; exitCode: 0 | 1 };

export function toProblems(problems: readonly ContentError[]): Problem[] {
  return sortErrors(problems).map(({ file, line, column, field, detail, severity, kind }) => (
    { file, line, column, field, message: detail, severity, kind }
  ));
}

/**
 * Escaping of workflow commands, as in @actions/core: data escapes `%` and line breaks, properties also
 * `:` and `,`; other control characters are written as escapes first (`printable`), so none reaches the log.
 */
const escapeData = (text: string) => printable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=content/careers/x.md,line=23,col=11,title=salary.median::expected a whole number…` */
export function formatAnnotation(problem: ContentError): string {
  const properties = Object.entries({ file: problem.file, line: problem.line, col: problem.column, title: problem.field })
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${problem.severity} ${properties}::${escapeData(problem.detail)}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * For short reports (the build, the dev server): warnings that change the page are listed, editorial
 * advice is only counted, with a line saying where to see it.
 */
export function briefWarnings(warnings: readonly ContentError[]): { listed: ContentError[]; note: string } {
  const listed = warnings.filter((warning) => warning.kind !== "editorial");
  const counted = warnings.length - listed.length;
  return { listed, note: counted > 0 ? `${plural(counted, "editorial warning")}: run \`npm run content:check\` to list them.` : "" };
}

function allValid({ warnings, validProfiles, seconds, named }: CheckResult): string {
  const figures = `(${plural(warnings.length, "warning")}, ${seconds.toFixed(2)} s)`;
  if (named === undefined) return `All ${validProfiles} published profiles are valid ${figures}.`;
  return named.length === 1 ? `${named[0]} is valid ${figures}.` : `All ${named.length} named files are valid ${figures}.`;
}

function textReport(result: CheckResult, githubActions: boolean, brief: boolean): CheckOutput {
  const { errors, warnings, validProfiles, seconds } = result;
  const stderr: string[] = [];
  const { listed, note } = brief ? briefWarnings(warnings) : { listed: warnings, note: "" };
  if (listed.length > 0) stderr.push(`${formatErrors(listed)}\n`);
  if (note) stderr.push(note);
  if (errors.length > 0) {
    const files = new Set(errors.map((error) => error.file)).size;
    stderr.push(formatErrors(errors));
    stderr.push(`\n${plural(errors.length, "problem")} in ${plural(files, "file")}; ${plural(validProfiles, "valid profile")} (${seconds.toFixed(2)} s).`);
  }
  const stdout = githubActions ? sortErrors([...errors, ...warnings]).map(formatAnnotation) : [];
  if (errors.length === 0) {
    stdout.push(allValid(result));
  }
  return { stdout: stdout.join("\n"), stderr: stderr.join("\n"), exitCode: errors.length > 0 ? 1 : 0 };
}

/** The check's whole output. Exits non-zero only for errors; warnings never fail the check. */
export function checkReport(result: CheckResult, options: { format: ReportFormat; githubActions: boolean; brief?: boolean }): CheckOutput {
  if (options.format === "json") {
    const stdout = JSON.stringify(toProblems([...result.errors, ...result.warnings]), null, 2);
    return { stdout, stderr: "", exitCode: result.errors.length > 0 ? 1 : 0 };
  }
  return textReport(result, options.githubActions, options.brief ?? false);
}
