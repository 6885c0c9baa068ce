/**
 * The production server for browser tests: the real content plus test-only fixtures (a profile with
 * only required fields), built with `next build` into .next-e2e and served by scripts/serve.ts (`npm run serve`).
 * Feedback goes to a fresh SQLite file, .e2e/feedback-<port>.sqlite (tests/e2e/feedback.spec.ts reads it),
 * and TRUST_PROXY=1 lets a test stand for another client with X-Forwarded-For (the rate limit).
 */
import { spawnSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const port = process.env.PORT ?? "3100";
const contentDir = path.resolve(".e2e/content");
const feedbackDb = path.resolve(`.e2e/feedback-${port}.sqlite`);
const env = {
  SITE_URL: `http://127.0.0.1:${port}`,
  ...process.env,
  CONTENT_DIR: contentDir,
  NEXT_DIST_DIR: ".next-e2e",
  NEXT_TELEMETRY_DISABLED: "1",
  FEEDBACK_DB: feedbackDb,
  DATABASE_URL: "",
  TRUST_PROXY: "1",
};

for (const file of [feedbackDb, `${feedbackDb}.lock`]) rmSync(file, { recursive: true, force: true });

rmSync(contentDir, { recursive: true, force: true });
mkdirSync(contentDir, { recursive: true });
// All of content/ (profiles, the national dataset, categories, pages), then the fixtures beside the profiles.
cpSync("content", contentDir, { recursive: true });
cpSync("tests/fixtures/e2e/careers", path.join(contentDir, "careers"), { recursive: true });

const next = path.resolve("node_modules/.bin/next");
if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(next, ["build"], { env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The production server as `npm run serve` starts it: Next.js behind the front door.
const server = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", "--port", port], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
