/**
 * `npm run content:check` as editors and CI run it: the command in package.json (scripts/run-ts.mjs
 * bundling scripts/content-check.ts), its exit code and what it prints.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentTree, fixtures, minimalProfile } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");
const command: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts["content:check"];

function check(...args: string[]) {
  const [program, ...programArgs] = command.split(" ");
  const executable = program === "node" ? process.execPath : path.join(root, "node_modules/.bin", program);
  const result = spawnSync(executable, [...programArgs, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run content:check", () => {
  it("passes valid profiles with exit code 0 and a summary", () => {
    const { status, stdout, stderr } = check(path.join(fixtures, "valid/careers"));
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^All \d+ published profiles are valid/m);
  });

  it("fails invalid profiles with exit code 1, naming file, line, column and field", () => {
    const dir = contentTree({ "nurses.md": minimalProfile.replace("median: 45000", "median: 42k") });
    const { status, stdout, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stdout + stderr).toMatch(/nurses\.md:\d+:\d+\s+salary\.median\s+expected a whole number of dollars, got "42k"/);
  });

  it("prints only JSON with --format json", () => {
    const { status, stdout } = check("--format", "json", path.join(fixtures, "invalid"));
    expect(status).toBe(1);
    const problems = JSON.parse(stdout) as Array<{ file: string; line: number; field: string }>;
    expect(problems.some((problem) => problem.file.endsWith("invalid/salary-not-whole-number.md") && problem.field === "salary.median")).toBe(true);
  });

  it("rejects an unknown option value with a message", () => {
    const { status, stderr } = check("--format", "xml");
    expect(status).toBe(1);
    expect(stderr).toContain('Unknown --format "xml"');
  });
});
