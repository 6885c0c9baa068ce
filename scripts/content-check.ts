/**
 * `npm run content:check [-- --format json] [-- --brief] [folder]`: validates every profile in content/careers and
 * prints every problem as `path:line:column  field.path  message` (or, with `--format json`, a JSON
 * array on stdout and nothing else). Under GitHub Actions it also prints annotations. Exits 1 when
 * any profile is invalid; warnings never fail the check.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCategoryDescriptions } from "../lib/categories";
import { loadCatalog } from "../lib/load";
import { checkReport, reportFormats } from "../lib/report";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: "string", default: "text" }, brief: { type: "boolean", default: false } } });
const format = reportFormats.find((known) => known === values.format);
if (!format) {
  console.error(`Unknown --format "${values.format}": use ${reportFormats.join(" or ")}.`);
  process.exit(1);
}

const dir = path.resolve(positionals[0] ?? "content/careers");
const started = performance.now();
const { careers, errors: profileErrors, warnings } = loadCatalog(dir, "production");
// The category descriptions live next to the careers folder (content/categories.yml).
const categoriesFile = path.join(path.dirname(dir), "categories.yml");
const categories = loadCategoryDescriptions(categoriesFile, path.relative(process.cwd(), categoriesFile).split(path.sep).join("/"));
const errors = [...profileErrors, ...categories.errors];
const seconds = (performance.now() - started) / 1000;

const output = checkReport(
  { errors, warnings, validProfiles: careers.length, seconds },
  { format, githubActions: process.env.GITHUB_ACTIONS === "true", brief: values.brief },
);
if (output.stderr) console.error(output.stderr);
if (output.stdout) console.log(output.stdout);
process.exitCode = output.exitCode;
