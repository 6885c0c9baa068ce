/**
 * `npm run new:career -- "Respiratory Therapists" [--slug respiratory-therapists]`: creates a draft
 * profile in content/careers from content/career-template.md, then says what to do next.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createProfile, templateFile } from "../lib/content/scaffold";
import { readArgs } from "./cli-args";

const usage = 'Usage: npm run new:career -- "Plural Job Title" [--slug file-name]';
const { positionals, values } = readArgs({ allowPositionals: true, options: { slug: { type: "string" } } }, usage);
const title = positionals.join(" ").trim();
if (title === "") {
  console.error(usage);
  process.exit(1);
}

const result = createProfile({
  careersDir: path.resolve("content/careers"),
  template: readFileSync(templateFile, "utf8"),
  title,
  slug: values.slug,
});
if (!result.ok) {
  console.error(`Not created: ${result.message}.`);
  process.exit(1);
}
console.log(`Created ${result.file} (a draft, served at /careers/${result.slug} in development only).

Next steps:
  1. Fill in every field and replace the hint under each ## heading; delete optional fields you do not use.
     Every field is explained in content/README.md.
  2. Run \`npm run content:check\` and fix what it reports (a draft's problems are listed as warnings).
  3. Delete the line \`draft: true\`, run \`npm run content:check\` again until it passes, and open a pull request.`);
