/**
 * `npm run catalog:bar [-- slug…]`: checks published profiles (and drafts, so a writer can check a
 * file before publishing it) against the catalog's editorial bar (lib/catalog/editorial-bar.ts) and
 * prints what to change, one line per finding: for the named profiles only, or for all. Findings
 * that involve two profiles (a shared sentence, a near-duplicate narrative, a clash of aliases, a
 * one-way related link) are computed over the whole catalog. Exits 1 when it prints any finding.
 */
import path from "node:path";
import { loadCatalog } from "../lib/catalog/load";
import { barFindings } from "../lib/catalog/editorial-bar";
import { catalogCoverage, catalogPlan, plannedRanks } from "../lib/catalog/coverage";

const named = process.argv.slice(2).map((arg) => path.basename(arg, ".md"));
const catalog = loadCatalog(path.resolve("content/careers"), "development");
const known = new Set(catalog.careers.map((career) => career.slug));
const invalid = named.filter((slug) => !known.has(slug));
for (const slug of invalid) console.log(`${slug}: not checked: no such profile, or it has content errors (run npm run content:check)`);

const findings = barFindings(catalog.careers).filter((finding) => named.length === 0 || named.includes(finding.slug));
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, " ");
for (const finding of findings) console.log(`${finding.slug}  ${finding.check}  ${clean(finding.message)}`);
if (named.length === 0) {
  const published = catalog.careers.filter((career) => !career.draft);
  const coverage = catalogCoverage(catalogPlan(catalog.dataset, published));
  console.log(`${coverage.profiles} published profiles cover ${coverage.employmentShare}% of U.S. employment; ${coverage.missing.length} of the largest ${plannedRanks} occupations (not "all other") have none yet.`);
}
const checked = named.length === 0 ? catalog.careers.length : named.length - invalid.length;
console.log(findings.length === 0 && invalid.length === 0 ? `All ${checked} profiles checked meet the bar.` : `${findings.length} findings in ${checked} profiles checked.`);
process.exit(findings.length === 0 && invalid.length === 0 ? 0 : 1);
