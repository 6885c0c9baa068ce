/**
 * `npm run data:import -- <folder>`: rebuilds the national dataset (content/national, or
 * $CONTENT_DIR/national) from the agencies' downloads in the folder, prints what changed, and exits 1
 * with every problem found, writing nothing, when a download is missing or not in its published layout.
 */
import path from "node:path";
import { datasetDir } from "../lib/dataset/files";
import { ImportRefused, runImport } from "../lib/dataset/import";
import { reportTierMoves } from "../lib/catalog/import-tier-moves";
import { readArgs } from "./cli-args";

const usage = `Usage: npm run data:import -- <folder>
  <folder> holds the downloads: national_M<year>_dl.xlsx (BLS OEWS national), occupation.xlsx (BLS
  Employment Projections), occ_level.csv ("GPTs are GPTs") and Interests.txt (O*NET database).`;

const { positionals } = readArgs({ allowPositionals: true, options: {} }, usage);
if (positionals.length !== 1) {
  console.error(positionals.length === 0 ? `Name the folder with the downloads.\n${usage}` : `Give one folder, not ${positionals.length} arguments.\n${usage}`);
  process.exit(1);
}

/** The content root as the site resolves it: $CONTENT_DIR, else ./content. */
const contentRoot = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.resolve("content");
const from = path.resolve(positionals[0]);
const to = datasetDir(contentRoot);
/** A folder as typed relative to here, unless the absolute path is shorter. */
const shown = (dir: string) => [path.relative(process.cwd(), dir) || ".", dir].reduce((a, b) => (b.length < a.length ? b : a));

try {
  const report = await runImport({
    from,
    to,
    // Exposure and growth come from the dataset: say whose AI tier the new figures move.
    onWritten: reportTierMoves(path.join(contentRoot, "careers")),
  });
  console.log(`Read ${shown(from)}:`);
  for (const source of report.read) console.log(`  ${source.file}: ${source.release}, ${source.rows} rows`);
  console.log("Changes:");
  for (const line of report.summary) console.log(`  ${line}`);
  for (const line of report.afterWrite) console.log(`  ${line}`);
  console.log(report.written.length > 0 ? `Wrote ${shown(to)}: ${report.written.join(", ")}` : `${shown(to)} already holds these figures: nothing written.`);
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
