/**
 * Feedback across a server restart and with the database down: each test starts its own production
 * server (scripts/serve.ts on a free port, the e2e build in .next-e2e) with the database it needs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { openSqliteStore } from "../../lib/feedback/sqlite-store";

type Server = { origin: string; stop: () => Promise<void> };

async function startServer(env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", "--port", "0", "--hostname", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: ".next-e2e", CONTENT_DIR: path.resolve(".e2e/content"), NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      }),
  };
}

const send = (origin: string, message: string) =>
  fetch(`${origin}/feedback`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin },
    body: new URLSearchParams({ career: "electricians", kind: "other", message, email: "", website: "" }),
    redirect: "manual",
  });

test("feedback is kept across a restart of the server", async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "feedback-restart-"));
  const file = path.join(dir, "feedback.sqlite");
  try {
    const first = await startServer({ FEEDBACK_DB: file, SITE_URL: "http://127.0.0.1:3000" });
    expect((await send(first.origin, "before the restart")).status).toBe(303);
    await first.stop();
    const second = await startServer({ FEEDBACK_DB: file, SITE_URL: "http://127.0.0.1:3000" });
    expect((await send(second.origin, "after the restart")).status).toBe(303);
    await second.stop();
    const store = await openSqliteStore(file);
    expect((await store.list()).map((entry) => entry.message)).toEqual(["before the restart", "after the restart"]);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("with the database down, the form says to try again later (503) and the pages keep working", async () => {
  test.setTimeout(120_000);
  const server = await startServer({ DATABASE_URL: "postgres://nobody:nothing@127.0.0.1:1/none", SITE_URL: "http://127.0.0.1:3000" });
  try {
    const answer = await send(server.origin, "Please keep this");
    expect(answer.status).toBe(503);
    const body = await answer.text();
    expect(body).toContain("Your message could not be saved just now. Please try again later");
    expect(body).toContain("Please keep this");
    for (const page of ["/careers/electricians", "/careers/tour-and-travel-guides", "/careers", "/"]) {
      expect((await fetch(`${server.origin}${page}`)).status, page).toBe(200);
    }
  } finally {
    await server.stop();
  }
});

const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

test("with DATABASE_URL the production server keeps feedback in PostgreSQL", async () => {
  test.skip(!testDatabaseUrl, "set TEST_DATABASE_URL (.ci/run does) to run it");
  test.setTimeout(120_000);
  const server = await startServer({ DATABASE_URL: testDatabaseUrl ?? "", SITE_URL: "http://127.0.0.1:3000" });
  const message = `PostgreSQL e2e ${Date.now()}`;
  try {
    expect((await send(server.origin, message)).status).toBe(303);
  } finally {
    await server.stop();
  }
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ career: string }>("SELECT career FROM feedback WHERE message = $1", [message]);
    expect(rows).toEqual([{ career: "electricians" }]);
  } finally {
    await client.end();
  }
});
