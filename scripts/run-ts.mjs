/**
 * `node scripts/run-ts.mjs <script.ts> [arguments…]` runs one of our TypeScript command-line scripts
 * quickly: esbuild bundles the script with its lib/ modules (~0.1 s), packages stay imports, and Node
 * runs the bundle. Through tsx the same script takes ~0.5 s to start, because tsx's module hooks see
 * every one of the hundreds of files zod and unified are made of. The content check runs before
 * every build, so it starts this way; the other scripts use tsx.
 */
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [script, ...args] = process.argv.slice(2);
if (!script || !existsSync(script)) {
  console.error(script ? `No such script: ${script}` : "Usage: node scripts/run-ts.mjs <script.ts> [arguments…]");
  process.exit(2);
}
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside the project, so the bundle's package imports resolve to node_modules; one file per run.
const outfile = path.join(root, "node_modules", ".cache", "run-ts", `${path.basename(script, ".ts")}-${process.pid}.mjs`);
await build({
  entryPoints: [script],
  outfile,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  logLevel: "warning",
});
// Removed however the script ends, including process.exit() and uncaught errors.
process.on("exit", () => rmSync(outfile, { force: true }));
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], path.resolve(script), ...args];
await import(pathToFileURL(outfile).href);
