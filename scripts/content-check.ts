/**
 * `npm run content:check`: validates every profile in content/careers and prints every problem as
 * `path:line:column  field.path  message`. Exits 1 when any profile is invalid.
 */
import path from "node:path";
import { formatErrors } from "../lib/errors";
import { loadCatalog } from "../lib/load";

const dir = path.resolve(process.argv[2] ?? "content/careers");
const started = performance.now();
const { careers, errors, warnings } = loadCatalog(dir, "production");
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (warnings.length > 0) console.warn(`${formatErrors(warnings)}\n`);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  const files = new Set(errors.map((error) => error.file)).size;
  console.error(`\n${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}; ${careers.length} valid profile${careers.length === 1 ? "" : "s"} (${seconds} s).`);
  process.exit(1);
}
console.log(`All ${careers.length} published profiles are valid (${warnings.length} warning${warnings.length === 1 ? "" : "s"}, ${seconds} s).`);
