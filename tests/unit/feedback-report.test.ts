/** What `npm run feedback` prints (lib/feedback/report.ts), and the command itself on a real file. */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportCsv, exportJson, formatEntry, formatList } from "@/lib/feedback/report";
import { openSqliteStore } from "@/lib/feedback/sqlite-store";
import type { FeedbackEntry } from "@/lib/feedback/store";
import { tempDir } from "./helpers";

const entry: FeedbackEntry = {
  id: 7,
  career: "electricians",
  kind: "figure-wrong",
  message: "=HYPERLINK(\"http://evil\")\nsecond line \u001b[31m",
  email: "reader@example.org",
  status: "open",
  createdAt: "2026-12-01T10:00:00.000Z",
  resolvedAt: null,
  note: null,
};

describe("feedback report", () => {
  it("lists one line per message, escapes terminal control characters, and counts", () => {
    expect(formatList([entry])).toBe(`#7  2026-12-01 10:00  open      electricians  [figure-wrong]  =HYPERLINK("http://evil") second line \\u001b[31m\n1 message.`);
    expect(formatList([])).toBe("No feedback matches.");
  });

  it("shows one message in full with its page's file", () => {
    const text = formatEntry(entry);
    expect(text).toContain("Page:     /careers/electricians  (content/careers/electricians.md)");
    expect(text).toContain("Kind:     A figure looks wrong");
    expect(text).toContain("Reply to: reader@example.org");
    expect(text).not.toContain("\u001b");
  });

  it("exports CSV a spreadsheet reads as text (no formulas) and JSON as stored", () => {
    const [row] = parse(exportCsv([entry]), { columns: true }) as Array<Record<string, string>>;
    expect(row).toMatchObject({ id: "7", career: "electricians", status: "open", resolvedAt: "", email: "reader@example.org" });
    expect(row?.message.startsWith("'=HYPERLINK")).toBe(true);
    expect(JSON.parse(exportJson([entry]))).toEqual([entry]);
  });
});

describe("npm run feedback", () => {
  it("lists, shows, exports and resolves the messages in FEEDBACK_DB", async () => {
    const file = path.join(tempDir("feedback-"), "feedback.sqlite");
    const store = await openSqliteStore(file);
    await store.add({ career: "electricians", kind: "missing", message: "No apprenticeship details.", clientKey: "k" }, { max: 9, windowMs: 1000 });
    await store.add({ career: "plumbers", kind: "other", message: "Thanks!", clientKey: "k" }, { max: 9, windowMs: 1000 });
    await store.close();
    const env = { ...process.env, FEEDBACK_DB: file, DATABASE_URL: "" };
    const run = (...args: string[]) => execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/feedback.ts", ...args], { env, encoding: "utf8" });
    expect(run("list", "--career", "electricians")).toMatch(/^#1 .* electricians {2}\[missing\] {2}No apprenticeship details\.\n1 message\.\n$/);
    expect(run("resolve", "1", "--note", "Added the apprenticeship route")).toBe("#1 resolved.\n");
    expect(run("show", "1")).toContain("Note:     Added the apprenticeship route");
    expect(JSON.parse(run("export", "--format", "json", "--status", "open"))).toMatchObject([{ id: 2, career: "plumbers" }]);
    expect(run("export", "--format", "csv", "--status", "resolved").split("\n")[0]).toBe("id,career,kind,status,createdAt,resolvedAt,email,message,note");
    const bad = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/feedback.ts", "list", "--status", "done"], { env, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--status must be open or resolved");
  }, 30_000);
});
