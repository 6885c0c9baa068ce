/**
 * Where a `next build` spent its time, read from what it leaves in its dist folder: the phases from
 * `<dist>/trace` (Next's own spans), and how long the profile pages and their preview images took,
 * from the write times of the generated files. Both are Next's internal layout, so anything missing
 * is left out rather than guessed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type BuildFacts = {
  /** Seconds per phase, as Next names them. */
  phases: Record<string, number>;
  /** First to last profile page (`/careers/<slug>`) written, in seconds, and how many. */
  profilePages?: Span;
  /** First to last profile preview image (`/og/careers/<slug>`) written, in seconds, how many, total MiB. */
  ogImages?: Span & { mib: number };
  distMiB: number;
};

/**
 * `firstQuarterMs` and `lastQuarterMs`: milliseconds per file in the first and the last quarter of
 * the span; a slowdown within one build points at a cost that grows with the pages already made.
 */
export type Span = { count: number; seconds: number; firstQuarterMs: number; lastQuarterMs: number };

/** Next's span names worth reporting, and what the report calls them. */
export const phaseNames: Record<string, string> = {
  "load-custom-routes": "next.config (redirects, headers)",
  "run-turbopack": "compile",
  "run-typescript": "type check",
  "static-check": "collect page data",
  "static-generation": "generate static pages",
  "next-build": "whole build",
};

function readPhases(distDir: string): Record<string, number> {
  const file = path.join(distDir, "trace");
  const phases: Record<string, number> = {};
  if (!existsSync(file)) return phases;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      const events: unknown = JSON.parse(line);
      if (!Array.isArray(events)) continue;
      for (const event of events) {
        const name = Reflect.get(Object(event), "name");
        const duration = Reflect.get(Object(event), "duration");
        if (typeof name === "string" && name in phaseNames && typeof duration === "number") {
          phases[name] = (phases[name] ?? 0) + duration / 1e6;
        }
      }
    } catch {
      continue; // a line Next was still writing
    }
  }
  return phases;
}

function filesSpan(dir: string, suffix: string): (Span & { bytes: number }) | undefined {
  if (!existsSync(dir)) return undefined;
  const stats = readdirSync(dir).filter((name) => name.endsWith(suffix)).map((name) => statSync(path.join(dir, name)));
  if (stats.length < 8) return undefined;
  const times = stats.map((stat) => stat.mtimeMs).sort((a, b) => a - b);
  const quarter = Math.floor(times.length / 4);
  const perFile = (from: number, to: number) => (times[to] - times[from]) / (to - from);
  return {
    count: stats.length,
    seconds: (times[times.length - 1] - times[0]) / 1000,
    firstQuarterMs: perFile(0, quarter),
    lastQuarterMs: perFile(times.length - 1 - quarter, times.length - 1),
    bytes: stats.reduce((total, stat) => total + stat.size, 0),
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

export function readBuildFacts(distDir: string): BuildFacts {
  const app = path.join(distDir, "server", "app");
  const pages = filesSpan(path.join(app, "careers"), ".html");
  const og = filesSpan(path.join(app, "og", "careers"), ".body");
  return {
    phases: readPhases(distDir),
    profilePages: pages && { count: pages.count, seconds: pages.seconds, firstQuarterMs: pages.firstQuarterMs, lastQuarterMs: pages.lastQuarterMs },
    ogImages: og && { count: og.count, seconds: og.seconds, firstQuarterMs: og.firstQuarterMs, lastQuarterMs: og.lastQuarterMs, mib: og.bytes / 1024 / 1024 },
    distMiB: existsSync(distDir) ? folderBytes(distDir) / 1024 / 1024 : 0,
  };
}
