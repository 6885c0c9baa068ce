/**
 * After `NEXT_OUTPUT=standalone next build`: completes <distDir>/standalone so it runs anywhere with
 * `node serve.mjs`: our production server (scripts/serve.ts, with its front door) bundled into one
 * file beside Next's own server.js, plus the static assets and public/, which Next leaves out on
 * purpose (a CDN may serve them).
 */
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const standalone = path.join(distDir, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`${standalone}/server.js is missing: run NEXT_OUTPUT=standalone next build first.`);
  process.exit(1);
}
cpSync("public", path.join(standalone, "public"), { recursive: true });
cpSync(path.join(distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true });
await build({
  entryPoints: ["scripts/serve.ts"],
  outfile: path.join(standalone, "serve.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Next.js itself comes from the standalone folder's node_modules, as for its server.js.
  external: ["next"],
  // Bundled CommonJS (zod's, say) may call require: give the ES module one.
  banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  logLevel: "warning",
});
console.log(`Self-contained server ready: node ${path.join(standalone, "serve.mjs")} (copy the whole ${standalone} folder to deploy).`);
