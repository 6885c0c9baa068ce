/** Test helpers: temporary content trees and loading single fixture files. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { loadCareerFile } from "@/lib/catalog/load";

export const fixtures = path.resolve(import.meta.dirname, "../fixtures");
export const minimalProfile = readFileSync(path.join(fixtures, "valid/careers/minimal-profile.md"), "utf8");

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop() ?? "", { recursive: true, force: true });
});

/** Writes `files` (name → text) into a fresh temporary careers folder and returns its path. */
export function contentTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "careers-"));
  made.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Loads one fixture from tests/fixtures/invalid, reported as `invalid/<name>.md`. */
export function loadInvalid(name: string) {
  return loadCareerFile(`invalid/${name}.md`, readFileSync(path.join(fixtures, "invalid", `${name}.md`)));
}

/** A copy of the minimal profile with its front matter edited: `extra` lines go before `updated:`. */
export function profileText({ title, extra = "" }: { title?: string; extra?: string } = {}): string {
  let text = minimalProfile;
  if (title) text = text.replace("title: Minimal Profile Examples", `title: ${title}`);
  return extra ? text.replace("updated: 2026-01-15", `${extra}\nupdated: 2026-01-15`) : text;
}
