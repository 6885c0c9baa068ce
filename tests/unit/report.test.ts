import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { checkReport, formatAnnotation, toProblems } from "@/lib/content/report";

const error = new ContentError("schema", "content/careers/b.md", 23, 11, "salary.median", 'expected a whole number of dollars, got "42k"');
const warning = new ContentError("editorial", "content/careers/a.md", 5, 1, "duties", "only 3 duties: profiles read best with at least 6", "warning");
const result = (errors: ContentError[], warnings: ContentError[]) => ({ errors, warnings, validProfiles: 7, seconds: 0.25 });

describe("--format json", () => {
  it("prints only a JSON array of problems on stdout, errors and warnings sorted by file", () => {
    const output = checkReport(result([error], [warning]), { format: "json", githubActions: true });
    expect(output.stderr).toBe("");
    expect(JSON.parse(output.stdout)).toEqual([
      { file: "content/careers/a.md", line: 5, column: 1, field: "duties", message: "only 3 duties: profiles read best with at least 6", severity: "warning", kind: "editorial" },
      { file: "content/careers/b.md", line: 23, column: 11, field: "salary.median", message: 'expected a whole number of dollars, got "42k"', severity: "error", kind: "schema" },
    ]);
    expect(output.stdout).not.toContain("::");
  });

  it("keeps the exit code rule: non-zero only when there are errors", () => {
    expect(checkReport(result([error], [warning]), { format: "json", githubActions: false }).exitCode).toBe(1);
    expect(checkReport(result([], [warning]), { format: "json", githubActions: false })).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^\[/) });
    expect(JSON.parse(checkReport(result([], []), { format: "json", githubActions: false }).stdout)).toEqual([]);
  });

  it("gives each problem exactly the documented keys", () => {
    expect(Object.keys(toProblems([error])[0]).sort()).toEqual(["column", "field", "file", "kind", "line", "message", "severity"]);
  });
});

describe("text output", () => {
  it("prints aligned problems on stderr and fails on errors", () => {
    const output = checkReport(result([error], [warning]), { format: "text", githubActions: false });
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toBe("");
    expect(output.stderr).toBe([
      "content/careers/a.md:5:1  duties  warning: only 3 duties: profiles read best with at least 6\n",
      'content/careers/b.md:23:11  salary.median  expected a whole number of dollars, got "42k"',
      "\n1 problem in 1 file; 7 valid profiles (0.25 s).",
    ].join("\n"));
  });

  it("with --brief (the build), counts editorial warnings but still lists the others", () => {
    const dropped = new ContentError("markdown", "content/careers/c.md", 40, 1, "body", "raw HTML is not shown: <div>", "warning");
    const output = checkReport(result([], [warning, dropped]), { format: "text", githubActions: false, brief: true });
    expect(output.exitCode).toBe(0);
    expect(output.stderr).toContain("content/careers/c.md:40:1  body  warning: raw HTML is not shown");
    expect(output.stderr).not.toContain("only 3 duties");
    expect(output.stderr).toContain("1 editorial warning: run `npm run content:check` to list them.");
  });

  it("passes with warnings, saying how many", () => {
    const output = checkReport(result([], [warning]), { format: "text", githubActions: false });
    expect(output).toMatchObject({ exitCode: 0, stdout: "All 7 published profiles are valid (1 warning, 0.25 s)." });
  });

  it("adds GitHub Actions annotations for every problem under GITHUB_ACTIONS", () => {
    const output = checkReport(result([error], [warning]), { format: "text", githubActions: true });
    expect(output.stdout.split("\n")).toEqual([
      "::warning file=content/careers/a.md,line=5,col=1,title=duties::only 3 duties: profiles read best with at least 6",
      '::error file=content/careers/b.md,line=23,col=11,title=salary.median::expected a whole number of dollars, got "42k"',
    ]);
    expect(output.exitCode).toBe(1);
  });
});

describe("annotations", () => {
  it("escape what would end a property or the message", () => {
    const odd = new ContentError("yaml", "content/careers/a,b.md", 1, 2, "front matter", "50% done:\nline two");
    expect(formatAnnotation(odd)).toBe("::error file=content/careers/a%2Cb.md,line=1,col=2,title=front matter::50%25 done:%0Aline two");
  });
});

describe("control characters in file names, keys and messages", () => {
  // A YAML key may hold any character: a newline then `::error::` would start a workflow command,
  // an ESC a colour sequence, a U+202E reverse what follows.
  const hostile = new ContentError("schema", "content/careers/x\u001b[31m.md", 4, 1, "a\n::error::pwned\u202e", 'unknown key "a\n::error::pwned" \u0007', "error");

  it("the text report prints them as escapes, one problem per line", () => {
    const { stderr } = checkReport(result([hostile], []), { format: "text", githubActions: false });
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(stderr.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
    expect(stderr).toContain("x\\x1b[31m.md:4:1  a\\n::error::pwned\\u202e  unknown key \"a\\n::error::pwned\" \\x07");
  });

  it("annotations keep each problem on one line that starts the only workflow command", () => {
    const { stdout } = checkReport(result([hostile], []), { format: "text", githubActions: true });
    const commands = stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/^::error file=/);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
  });
});
