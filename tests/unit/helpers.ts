/** Test helpers: temporary content trees, the national dataset, and loading single fixture files. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { loadCareerFile, loadCatalog, type LoadMode } from "@/lib/catalog/load";
import { nationalDataset, type NationalDataset } from "@/lib/dataset/national";

export const fixtures = path.resolve(import.meta.dirname, "../fixtures");
export const minimalProfile = readFileSync(path.join(fixtures, "valid/careers/minimal-profile.md"), "utf8");

/** The project's own national dataset (content/national), the one the site ships. */
export const nationalDir = path.resolve(import.meta.dirname, "../../content/national");

/**
 * The national dataset for tests, read once per process. Fixture folders and temporary content
 * trees have no `national/` beside them: pass this to loadCatalog and loadCareerFile.
 */
export function testDataset(): NationalDataset {
  return nationalDataset(nationalDir);
}

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop() ?? "", { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = "careers-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes `files` (name → text) into a fresh temporary careers folder and returns its path. */
export function contentTree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Loads `files` as a careers folder with the project's dataset; paths in messages are relative to `/`. */
export function loadTree(files: Record<string, string | Uint8Array>, mode: LoadMode = "production") {
  return loadCatalog(contentTree(files), mode, { displayRoot: "/", dataset: testDataset() });
}

/** Loads one file's text or bytes as `file`, with the project's dataset. */
export function loadText(file: string, text: string | Uint8Array) {
  return loadCareerFile(file, typeof text === "string" ? new TextEncoder().encode(text) : text, testDataset());
}

/** Loads one fixture from tests/fixtures/invalid, reported as `invalid/<name>.md`. */
export function loadInvalid(name: string) {
  return loadCareerFile(`invalid/${name}.md`, readFileSync(path.join(fixtures, "invalid", `${name}.md`)), testDataset());
}

/** A copy of the minimal profile with its front matter edited: `extra` lines go before `updated:`. */
export function profileText({ title, extra = "", socCode }: { title?: string; extra?: string; socCode?: string } = {}): string {
  let text = minimalProfile;
  if (title) text = text.replace("title: Minimal Profile Examples", `title: ${title}`);
  if (socCode) text = text.replace('socCode: "51-4081"', `socCode: "${socCode}"`);
  return extra ? text.replace("updated: 2026-01-15", `${extra}\nupdated: 2026-01-15`) : text;
}
