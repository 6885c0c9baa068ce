/**
 * After `NEXT_OUTPUT=standalone next build`: completes <distDir>/standalone so it runs anywhere with
 * `node server.js` — Next leaves the static assets and public/ out on purpose (a CDN may serve them).
 */
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const standalone = path.join(distDir, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`${standalone}/server.js is missing: run NEXT_OUTPUT=standalone next build first.`);
  process.exit(1);
}
cpSync("public", path.join(standalone, "public"), { recursive: true });
cpSync(path.join(distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true });
console.log(`Self-contained server ready: node ${path.join(standalone, "server.js")} (copy the whole ${standalone} folder to deploy).`);
