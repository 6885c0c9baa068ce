/**
 * `npm run content:check [-- --format json] [-- --brief] [folder | file.md…]`: validates every profile
 * in content/careers (or in the folder, or the files, given) and prints every problem as
 * `path:line:column  field.path  message` (or, with `--format json`, a JSON array on stdout and
 * nothing else). Under GitHub Actions it also prints annotations. Exits 1 when any profile is
 * invalid, or when the command line names nothing to check; warnings never fail the check.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadCategoryDescriptions } from "../lib/content/categories";
import { displayPath } from "../lib/content/errors";
import { loadCatalog } from "../lib/catalog/load";
import { loadQuestionnaire } from "../lib/fit/questions";
import { DatasetFileError } from "../lib/dataset/files";
import { checkReport, reportFormats } from "../lib/content/report";
import { readArgs } from "./cli-args";

const usage = "Usage: npm run content:check [-- --format text|json] [-- --brief] [folder | file.md…]";

const { values, positionals } = readArgs({ allowPositionals: true, options: { format: { type: "string", default: "text" }, brief: { type: "boolean", default: false } } }, usage);
const format = reportFormats.find((known) => known === values.format);
if (!format) {
  console.error(`Unknown --format "${values.format}": use ${reportFormats.join(" or ")}.`);
  process.exit(1);
}

/**
 * What to check: one folder of profiles (content/careers when none is given), or profile files of one
 * folder. Files are checked with the rest of their folder (slugs, redirects and related careers are
 * checked across files), and only their own problems are reported.
 */
function targets(args: string[]): { dir: string; named?: string[] } | { problem: string } {
  if (args.length === 0) return { dir: path.resolve("content/careers") };
  const found = args.map((arg) => ({ arg, absolute: path.resolve(arg), stats: statSync(arg, { throwIfNoEntry: false }) }));
  const missing = found.find((target) => target.stats === undefined);
  if (missing) return { problem: `No such file or folder: ${missing.arg}` };
  const folder = found.find((target) => target.stats?.isDirectory());
  if (folder) return found.length === 1 ? { dir: folder.absolute } : { problem: `Give one folder, or profile files, not both: ${folder.arg} is a folder.` };
  const notProfile = found.find((target) => !target.absolute.endsWith(".md") || path.basename(target.absolute).startsWith("_"));
  if (notProfile) return { problem: `${notProfile.arg} is not a profile: profiles are .md files whose names do not start with _.` };
  const dirs = new Set(found.map((target) => path.dirname(target.absolute)));
  if (dirs.size > 1) return { problem: "Give files from one folder at a time (or the folder itself)." };
  return { dir: [...dirs][0], named: [...new Set(found.map((target) => displayPath(target.absolute)))] };
}

const target = targets(positionals);
if ("problem" in target) {
  console.error(`${target.problem}\n${usage}`);
  process.exit(1);
}
const { dir, named } = target;
const started = performance.now();
/** The national dataset the profiles are joined with; a missing or damaged one is one line, not a stack trace. */
function loadOrExplain() {
  try {
    return loadCatalog(dir, "production");
  } catch (error) {
    if (!(error instanceof DatasetFileError)) throw error;
    console.error(`${displayPath(error.file)}: ${error.message.slice(error.file.length + 2)}`);
    process.exit(1);
  }
}
const catalog = loadOrExplain();
// A problem written in another file that names one of these (a colliding redirect, a link that is
// not returned) is about it too.
const isNamed = (problem: { file: string; detail?: string }) =>
  named === undefined || named.some((file) => problem.file === file || problem.detail?.includes(file));
const profileErrors = catalog.errors.filter(isNamed);
const warnings = catalog.warnings.filter(isNamed);
const careers = catalog.careers.filter(isNamed);
// The category descriptions live next to the careers folder (content/categories.yml).
const categoriesFile = path.join(path.dirname(dir), "categories.yml");
const categories = loadCategoryDescriptions(categoriesFile, displayPath(categoriesFile));
// So does the fit questionnaire (content/fit.yml), whose example careers must be published pages.
// /fit needs it, so the site's own content must have it; another folder (a test's) may leave it out.
const questionnaireFile = path.join(path.dirname(dir), "fit.yml");
const questionnaire = positionals.length === 0 || existsSync(questionnaireFile)
  ? loadQuestionnaire(questionnaireFile, displayPath(questionnaireFile), new Set(catalog.occupations.map((occupation) => occupation.slug)))
  : undefined;
const fileErrors = [...categories.errors, ...(questionnaire?.ok === false ? questionnaire.errors : [])];
const errors = [...profileErrors, ...(named === undefined ? fileErrors : [])];
const seconds = (performance.now() - started) / 1000;

const output = checkReport(
  { errors, warnings, validProfiles: careers.length, seconds, named },
  { format, githubActions: process.env.GITHUB_ACTIONS === "true", brief: values.brief },
);
if (output.stderr) console.error(output.stderr);
if (output.stdout) console.log(output.stdout);
process.exitCode = output.exitCode;
