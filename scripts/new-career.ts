/**
 * `npm run new:career -- "Respiratory Therapists" [--slug respiratory-therapists]`, or
 * `npm run new:career -- --soc 29-1126 ["Title"] [--slug …]`: creates a draft profile in
 * $CONTENT_DIR/careers (content/careers) from content/career-template.md, then says what to do next.
 * With --soc the draft starts with what the national dataset knows of the occupation.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { contentRoot } from "../lib/catalog";
import { datasetDir } from "../lib/dataset/files";
import { createProfile, templateFile } from "../lib/content/scaffold";
import { prefillOccupation, type OccupationPrefill } from "../lib/content/scaffold-occupation";
import { readArgs } from "./cli-args";

const usage = 'Usage: npm run new:career -- "Plural Job Title" [--slug file-name]\n   or: npm run new:career -- --soc NN-NNNN ["Plural Job Title"] [--slug file-name]';
const { positionals, values } = readArgs({ allowPositionals: true, options: { slug: { type: "string" }, soc: { type: "string" } } }, usage);
const title = positionals.join(" ").trim();
if (title === "" && values.soc === undefined) {
  console.error(usage);
  process.exit(1);
}

const careersDir = path.join(contentRoot(), "careers");
function notCreated(message: string): never {
  console.error(`Not created: ${message}.`);
  process.exit(1);
}

let occupation: OccupationPrefill | undefined;
if (values.soc !== undefined) {
  const prefill = prefillOccupation({ socCode: values.soc, careersDir, datasetFolder: datasetDir(contentRoot()) });
  if (!prefill.ok) notCreated(prefill.message);
  occupation = prefill.prefill;
}

const result = createProfile({
  careersDir,
  template: readFileSync(templateFile, "utf8"),
  title: title === "" ? undefined : title,
  slug: values.slug,
  occupation,
});
if (!result.ok) notCreated(result.message);
console.log(`Created ${result.file} (a draft, served at /careers/${result.slug} in development only).

Next steps:
  1. Fill in every field and replace the hint under each ## heading; delete optional fields you do not use.
     Every field is explained in content/README.md.
  2. Run \`npm run content:check\` and fix what it reports (a draft's problems are listed as warnings).
  3. Delete the line \`draft: true\`, run \`npm run content:check\` again until it passes, and open a pull request.`);
