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

  it("checks only the files named, with the rest of their folder, and reports problems of other files that name them", () => {
    const withRedirect = (old: string) => minimalProfile.replace("---\n", `---\nredirectFrom: [${old}]\n`);
    const dir = contentTree({
      "good.md": withRedirect("old-name"),
      "bad.md": minimalProfile.replace("median: 45000", "median: 42k"),
      "later.md": withRedirect("old-name"),
      "fine.md": minimalProfile,
    });
    const file = (name: string) => path.relative(root, path.join(dir, name));

    const good = check(file("good.md"));
    expect(good.stdout + good.stderr).toContain(`later.md:2:16  redirectFrom[0]  "old-name" is also a redirectFrom of ${file("good.md")}`);
    expect(good.stdout + good.stderr).not.toContain("bad.md");
    expect(good.status).toBe(1);

    const bad = check(file("bad.md"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.md:\d+:\d+\s+salary\.median/);
    expect(bad.stderr).not.toContain("later.md");

    const fine = check(file("fine.md"), file("bad.md"));
    expect(fine.status).toBe(1);
    expect(fine.stderr).toMatch(/1 problem in 1 file; 1 valid profile/);
    expect(check(file("fine.md"))).toMatchObject({ status: 0, stdout: expect.stringMatching(new RegExp(`^${file("fine.md")} is valid \\(\\d+ warnings?, `)) });
  });

  it("says in one line what it needs when the path is not a folder or profiles", () => {
    expect(check("no/such/folder")).toMatchObject({ status: 1, stderr: expect.stringMatching(/^No such file or folder: no\/such\/folder\nUsage: npm run content:check/) });
    expect(check("package.json")).toMatchObject({ status: 1, stderr: expect.stringContaining("package.json is not a profile") });
    expect(check("--no-such-option")).toMatchObject({ status: 1, stderr: expect.stringContaining("Unknown option --no-such-option (did you mean --") });
  });

  it("rejects an unknown option value with a message", () => {
    const { status, stderr } = check("--format", "xml");
    expect(status).toBe(1);
    expect(stderr).toContain('Unknown --format "xml"');
  });
});

describe("npm run new:career", () => {
  it("names a mistyped option and the closest known one, without a stack trace", () => {
    const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/new-career.ts", "Orthotists", "--sulg", "orthotists"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Unknown option --sulg (did you mean --slug?)\nUsage: npm run new:career -- "Plural Job Title" [--slug file-name]\n');
  });
});
