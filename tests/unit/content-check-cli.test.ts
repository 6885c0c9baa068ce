/**
 * `npm run content:check` as editors and CI run it: the command in package.json (scripts/run-ts.mjs
 * bundling scripts/content-check.ts), its exit code and what it prints.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { contentTree, fixtures, minimalProfile, nationalDir, tempDir, testDataset } from "./helpers";

// Every test starts the command in a new process: seconds each on a loaded machine, not the default 5.
vi.setConfig({ testTimeout: 30_000 });

const root = path.resolve(import.meta.dirname, "../..");
const command: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts["content:check"];

function check(...args: string[]) {
  const [program, ...programArgs] = command.split(" ");
  const executable = program === "node" ? process.execPath : path.join(root, "node_modules/.bin", program);
  const result = spawnSync(executable, [...programArgs, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temporary content folder as the command reads it: the profiles in `<folder>/` (written from
 * `files`, or copied from a fixture folder) and, beside them, `national/`, a copy of the project's
 * dataset they are joined with. Returns the profiles' folder.
 */
function contentRoot(files: Record<string, string> | string, folder = "careers"): string {
  const dir = path.join(tempDir("content-"), folder);
  if (typeof files === "string") cpSync(files, dir, { recursive: true });
  else {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  }
  cpSync(nationalDir, path.join(dir, "../national"), { recursive: true });
  return dir;
}

/** The minimal profile with a program cost whose minimum is not a number (one schema error, at a known place). */
const badCost = minimalProfile.replace(
  "aiResilience:",
  "education:\n  cost: { min: 42k, max: 3000 }\n  programSource: { title: Program costs, url: https://example.org/costs }\naiResilience:",
);

describe("npm run content:check", () => {
  it("passes valid profiles with exit code 0 and a summary", () => {
    const { status, stdout, stderr } = check(contentRoot(path.join(fixtures, "valid/careers")));
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    // The draft is left out of the published count.
    expect(stdout).toMatch(/^All 1 published profiles are valid/m);
  });

  it("says in one line that the national dataset is missing beside the folder", () => {
    const dir = contentTree({ "fine.md": minimalProfile });
    const { status, stdout, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^\S*national\/manifest\.json: no national dataset here: the folder beside careers\/ must hold content\/national's files/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("fails invalid profiles with exit code 1, naming file, line, column and field", () => {
    const dir = contentRoot({ "nurses.md": badCost });
    const { status, stdout, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stdout + stderr).toMatch(/nurses\.md:16:16\s+education\.cost\.min\s+expected a whole number of dollars, got "42k"/);
  });

  it("reports a figure the dataset holds, typed into a profile, with the dataset's value", () => {
    const median = testDataset().occupations.get("51-4081")?.wages?.median;
    expect(median).toEqual(expect.any(Number));
    const dir = contentRoot({ "machinists.md": minimalProfile.replace("aiResilience:", "salary:\n  median: 45000\naiResilience:") });
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(`machinists.md:15:1  salary  pay comes from the national dataset (OEWS May 2025, 51-4081: median $${median?.toLocaleString("en-US")}): delete this block`);
  });

  it("prints only JSON with --format json", () => {
    const { status, stdout } = check("--format", "json", contentRoot(path.join(fixtures, "invalid"), "invalid"));
    expect(status).toBe(1);
    const problems = JSON.parse(stdout) as Array<{ file: string; line: number; field: string; severity: string }>;
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/invalid\/salary-retired\.md$/), line: 15, field: "salary", severity: "error" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/invalid\/cost-typical-out-of-range\.md$/), field: "education.cost.typical", severity: "error" }));
  });

  it("checks only the files named, with the rest of their folder, and reports problems of other files that name them", () => {
    const withRedirect = (old: string) => minimalProfile.replace("---\n", `---\nredirectFrom: [${old}]\n`);
    // One profile per SOC code: each file takes its own occupation.
    const coded = (text: string, socCode: string) => text.replace('socCode: "51-4081"', `socCode: "${socCode}"`);
    const dir = contentRoot({
      "good.md": coded(withRedirect("old-name"), "51-4081"),
      "bad.md": coded(badCost, "51-4041"),
      "later.md": coded(withRedirect("old-name"), "51-4121"),
      "fine.md": coded(minimalProfile, "51-4031"),
    });
    const file = (name: string) => path.relative(root, path.join(dir, name));

    const good = check(file("good.md"));
    expect(good.stdout + good.stderr).toContain(`later.md:2:16  redirectFrom[0]  "old-name" is also a redirectFrom of ${file("good.md")}`);
    expect(good.stdout + good.stderr).not.toContain("bad.md");
    expect(good.status).toBe(1);

    const bad = check(file("bad.md"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.md:\d+:\d+\s+education\.cost\.min/);
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
    expect(result.stderr).toBe('Unknown option --sulg (did you mean --slug?)\nUsage: npm run new:career -- "Plural Job Title" [--slug file-name]\n   or: npm run new:career -- --soc NN-NNNN ["Plural Job Title"] [--slug file-name]\n');
  });

  it("refuses an unknown --soc code in one line, naming the nearest occupations, and writes nothing", () => {
    const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/new-career.ts", "--soc", "31-1139"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Not created: 31-1139 is not an occupation of the national dataset \(SOC 2018 detailed codes\); the closest are 31-1133 Psychiatric Aides; [^\n]+\.\n$/);
    expect(result.stdout).toBe("");
  });
});

describe("special files named like profiles (issue 19, finding 7)", () => {
  it("reports a symbolic link, a folder and a pipe named *.md instead of skipping them, and a link named on the command line is not 'valid'", () => {
    const dir = contentRoot({ "minimal-profile.md": minimalProfile });
    symlinkSync(path.join(dir, "minimal-profile.md"), path.join(dir, "linked.md"));
    mkdirSync(path.join(dir, "folder.md"));
    const fifo = spawnSync("mkfifo", [path.join(dir, "pipe.md")]);
    const all = check(dir);
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(/linked\.md:1:1\s+file\s+not read: is a symbolic link/);
    expect(all.stderr).toMatch(/folder\.md:1:1\s+file\s+not read: is a folder/);
    if (fifo.status === 0) expect(all.stderr).toMatch(/pipe\.md:1:1\s+file\s+not read: is not a regular file/);
    const named = check(path.join(dir, "linked.md"));
    expect(named.status).toBe(1);
    expect(named.stdout).not.toContain("is valid");
    expect(named.stderr).toContain("is a symbolic link");
  });

  it("refuses a file over the size limit by its size, without reading it: even one of 3 GiB", () => {
    const dir = contentRoot({ "minimal-profile.md": minimalProfile });
    // Sparse: 3 GiB on paper, nothing on disk; reading it whole would fail past Node's 2 GiB buffer limit.
    writeFileSync(path.join(dir, "huge.md"), "");
    truncateSync(path.join(dir, "huge.md"), 3 * 1024 ** 3);
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/huge\.md:1:1\s+file\s+the file is 3072\.0 MB; a profile must be under 1 MB/);
    expect(result.stderr).not.toMatch(/RangeError|ERR_FS_FILE_TOO_LARGE|at .*\(/);
  });
});
