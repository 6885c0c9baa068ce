/**
 * The feedback store's contract, written once and run against both stores: SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Storage is exact (markup and any Unicode
 * come back as written), 200 concurrent submissions are stored once each, data outlives a restart,
 * the rate limit is atomic, and an unreachable database fails instead of hanging.
 */
import { chmodSync, mkdirSync, rmdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgresStore } from "@/lib/feedback/postgres-store";
import { openSqliteStore } from "@/lib/feedback/sqlite-store";
import type { FeedbackStore, NewFeedback } from "@/lib/feedback/store";
import { tempDir } from "./helpers";
import { postgresKind, sqliteKind, testDatabaseUrl, type StoreKind } from "./feedback-stores";

const entry = (overrides: Partial<NewFeedback> = {}): NewFeedback => ({
  career: "electricians",
  kind: "figure-wrong",
  message: "The median pay looks low for my state.",
  clientKey: "client-a",
  ...overrides,
});
const generous = { max: 1_000, windowMs: 60_000 };

if (!testDatabaseUrl) console.log("PostgreSQL store tests skipped: set TEST_DATABASE_URL (e.g. postgres://user:pass@localhost/db) to run them.");

const kinds: Array<StoreKind & { enabled: boolean }> = [
  { ...sqliteKind, enabled: true },
  { ...postgresKind, enabled: Boolean(testDatabaseUrl) },
];

for (const kind of kinds) {
  describe.skipIf(!kind.enabled)(`${kind.name} store`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      while (cleanups.length > 0) await cleanups.pop()?.();
    });
    async function freshStore() {
      const place = await kind.place();
      cleanups.push(place.drop);
      const store = await place.open();
      cleanups.push(() => store.close());
      return { store, place };
    }

    it("stores a message and gives it back as written, markup and all", async () => {
      const { store } = await freshStore();
      const message = `<script>alert("x")</script> & 'quotes' — ünïcode 👷\nsecond line\twith a tab`;
      const added = await store.add(entry({ message, email: "reader@example.org" }), generous, new Date("2026-12-01T10:00:00Z"));
      expect(added).toEqual({ ok: true, id: expect.any(Number) });
      if (!added.ok) return;
      expect(await store.get(added.id)).toEqual({
        id: added.id,
        career: "electricians",
        kind: "figure-wrong",
        message,
        email: "reader@example.org",
        status: "open",
        createdAt: "2026-12-01T10:00:00.000Z",
        resolvedAt: null,
        note: null,
      });
      expect(await store.get(added.id + 1000)).toBeUndefined();
    });

    it("lists by career and status, oldest first, and resolves with a note", async () => {
      const { store } = await freshStore();
      const a = await store.add(entry({ career: "electricians" }), generous);
      const b = await store.add(entry({ career: "plumbers", kind: "missing" }), generous);
      const c = await store.add(entry({ career: "electricians", kind: "other" }), generous);
      if (!a.ok || !b.ok || !c.ok) throw new Error("not stored");
      expect((await store.list()).map((item) => item.id)).toEqual([a.id, b.id, c.id]);
      expect((await store.list({ career: "electricians" })).map((item) => item.id)).toEqual([a.id, c.id]);
      const resolved = await store.resolve(a.id, "Pay figures refreshed", new Date("2026-12-02T09:00:00Z"));
      expect(resolved).toMatchObject({ id: a.id, status: "resolved", resolvedAt: "2026-12-02T09:00:00.000Z", note: "Pay figures refreshed" });
      expect((await store.list({ status: "open" })).map((item) => item.id)).toEqual([b.id, c.id]);
      expect((await store.list({ career: "electricians", status: "resolved" })).map((item) => item.id)).toEqual([a.id]);
      expect(await store.resolve(9_999)).toBeUndefined();
    });

    it("stores 200 concurrent submissions exactly once each", async () => {
      const { store } = await freshStore();
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, index) => store.add(entry({ message: `message ${index}`, clientKey: `client-${index % 20}` }), generous)),
      );
      expect(results.every((result) => result.ok)).toBe(true);
      const ids = results.map((result) => (result.ok ? result.id : 0));
      expect(new Set(ids).size).toBe(200);
      const stored = await store.list();
      expect(stored).toHaveLength(200);
      expect(new Set(stored.map((item) => item.message))).toEqual(new Set(Array.from({ length: 200 }, (_, index) => `message ${index}`)));
    }, 30_000); // 200 committed writes: under a second alone, several on a loaded 2-core machine

    it("keeps its data across a restart (closed and opened again)", async () => {
      const { store, place } = await freshStore();
      await store.add(entry({ message: "before the restart" }), generous);
      const salt = await store.salt();
      await store.close();
      const reopened = await place.open();
      cleanups.push(() => reopened.close());
      expect((await reopened.list()).map((item) => item.message)).toEqual(["before the restart"]);
      expect(await reopened.salt()).toBe(salt);
    });

    it("limits each client atomically: 20 concurrent tries against a limit of 5 store 5", async () => {
      const { store } = await freshStore();
      const limit = { max: 5, windowMs: 10 * 60_000 };
      const now = new Date("2026-12-01T10:00:00Z");
      const results = await Promise.all(Array.from({ length: 20 }, () => store.add(entry(), limit, now)));
      expect(results.filter((result) => result.ok)).toHaveLength(5);
      expect(results.filter((result) => !result.ok)).toEqual(Array.from({ length: 15 }, () => ({ ok: false, reason: "rate-limited" })));
      // Another client is not affected, and the first may send again once the window has passed.
      expect((await store.add(entry({ clientKey: "client-b" }), limit, now)).ok).toBe(true);
      expect((await store.add(entry(), limit, new Date(now.getTime() + 10 * 60_000 + 1))).ok).toBe(true);
    });

    it("makes one salt per database, 64 hex characters", async () => {
      const { store } = await freshStore();
      const [first, second] = await Promise.all([store.salt(), store.salt()]);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(second).toBe(first);
    });
  });
}

describe("a database that cannot be reached", () => {
  it("PostgreSQL on a closed port fails to open within the connect timeout", async () => {
    const started = Date.now();
    await expect(openPostgresStore("postgres://nobody:nothing@127.0.0.1:1/none", { connectTimeoutMs: 1_000 })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.skipIf(process.getuid?.() === 0)("SQLite in a folder it may not write fails to open", async () => {
    const dir = path.join(tempDir("feedback-"), "locked");
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    await expect(openSqliteStore(path.join(dir, "feedback.sqlite"))).rejects.toThrow();
  });

  it("SQLite where a file stands in for its folder fails to open", async () => {
    const file = path.join(tempDir("feedback-"), "feedback.sqlite");
    const blocker = await openSqliteStore(file);
    await blocker.close();
    await expect(openSqliteStore(path.join(file, "inside.sqlite"))).rejects.toThrow();
  });
});

export type { FeedbackStore };

describe("SQLite lock left by a process that died", () => {
  it("is cleared once it is older than 30 s, and a fresh one is waited for", async () => {
    const { utimesSync } = await import("node:fs");
    const file = path.join(tempDir("feedback-"), "feedback.sqlite");
    const store = await openSqliteStore(file);
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    expect((await store.add(entry(), generous)).ok).toBe(true);
    mkdirSync(`${file}.lock`);
    const started = Date.now();
    await expect(store.add(entry(), generous)).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
    await store.close();
  }, 15_000);

  it("is waited for on a timer: the process goes on with other work, and the message is stored once the lock goes", async () => {
    const file = path.join(tempDir("feedback-"), "feedback.sqlite");
    const store = await openSqliteStore(file);
    mkdirSync(`${file}.lock`);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const release = setTimeout(() => rmdirSync(`${file}.lock`), 300);
    try {
      const started = Date.now();
      expect((await store.add(entry(), generous)).ok).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      // A synchronous wait would have let the interval run at most once in those 300 ms.
      expect(ticks).toBeGreaterThanOrEqual(10);
      expect(await store.list()).toHaveLength(1);
    } finally {
      clearInterval(ticker);
      clearTimeout(release);
      await store.close();
    }
  });
});
