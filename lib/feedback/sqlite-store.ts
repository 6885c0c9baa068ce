/**
 * Feedback in an embedded SQLite file (node-sqlite3-wasm: SQLite compiled to WebAssembly, reading
 * and writing the file itself; nothing native to build or download). The file and its folder are
 * created on first use. Calls are synchronous, so within one process each `add` is atomic; between
 * processes (the site and `npm run feedback`) SQLite's lock is a `<file>.lock` folder, and a busy
 * database is retried for up to 5 s, waiting between tries on a timer, so the server goes on
 * answering other requests meanwhile. A lock folder older than 30 s was left by a process that died
 * holding it (every hold lasts milliseconds) and is removed.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import * as sqlite3 from "node-sqlite3-wasm";
import { entryFromRow, feedbackColumns, feedbackMigration, filterClause, type FeedbackRow, type FeedbackStore } from "./store";

type Database = InstanceType<typeof sqlite3.Database>;
type Values = Array<string | number | null>;

// A CommonJS package: its classes are on the default export when imported from ES modules.
const { Database } = (sqlite3 as unknown as { default?: typeof sqlite3 }).default ?? sqlite3;

const busyTimeoutMs = 5_000;
export const staleLockMs = 30_000;

const migration = feedbackMigration("INTEGER PRIMARY KEY AUTOINCREMENT");

/** SQLite reads `$1` as a named parameter: the stores' shared SQL uses `?1`, its numbered form, here. */
const numbered = (sql: string) => sql.replace(/\$(\d+)/g, "?$1");

function isBusy(error: unknown): boolean {
  return error instanceof Error && /database is locked|SQLITE_BUSY|busy/i.test(error.message);
}

/** Removes the lock folder of `file` if a dead process left it (older than staleLockMs). */
function clearStaleLock(file: string): void {
  const lock = `${file}.lock`;
  try {
    if (Date.now() - statSync(lock).mtimeMs > staleLockMs) rmdirSync(lock);
  } catch {
    // No lock folder, or another process removed it first: nothing to clear.
  }
}

/**
 * Runs `work`, trying again while another process holds the database's lock. Each try runs whole
 * within one turn of the event loop (so a transaction is never interleaved with another request's);
 * between tries the process is free.
 */
async function retryWhileBusy<T>(file: string, work: () => T): Promise<T> {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      clearStaleLock(file);
      await sleep(20);
    }
  }
}

export async function openSqliteStore(file: string): Promise<FeedbackStore> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const whenFree = <T>(work: () => T) => retryWhileBusy(path.resolve(file), work);
  const db: Database = await whenFree(() => new Database(file));
  try {
    await whenFree(() => db.exec(migration));
  } catch (error) {
    db.close();
    throw error;
  }
  const all = async (sql: string, values: Values = []) => (await whenFree(() => db.all(numbered(sql), values))) as unknown as FeedbackRow[];
  const transaction = <T>(work: () => T): Promise<T> =>
    whenFree(() => {
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = work();
        db.exec("COMMIT");
        return result;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    });

  return {
    async add(entry, limit, now = new Date()) {
      return transaction(() => {
        const since = new Date(now.getTime() - limit.windowMs).toISOString();
        const recent = db.get(numbered("SELECT COUNT(*) AS n FROM feedback WHERE client_key = $1 AND created_at > $2"), [entry.clientKey, since]);
        if (Number(recent?.n ?? 0) >= limit.max) return { ok: false, reason: "rate-limited" } as const;
        const row = db.get(
          numbered("INSERT INTO feedback (career, kind, message, email, client_key, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"),
          [entry.career, entry.kind, entry.message, entry.email ?? null, entry.clientKey, now.toISOString()],
        );
        return { ok: true, id: Number(row?.id) } as const;
      });
    },
    async list(filter) {
      const { where, values } = filterClause(filter);
      return (await all(`SELECT ${feedbackColumns} FROM feedback ${where} ORDER BY id`, values)).map(entryFromRow);
    },
    async get(id) {
      const [row] = await all(`SELECT ${feedbackColumns} FROM feedback WHERE id = $1`, [id]);
      return row && entryFromRow(row);
    },
    async resolve(id, note, now = new Date()) {
      const [row] = await all(`UPDATE feedback SET status = 'resolved', resolved_at = $2, note = COALESCE($3, note) WHERE id = $1 RETURNING ${feedbackColumns}`, [
        id,
        now.toISOString(),
        note ?? null,
      ]);
      return row && entryFromRow(row);
    },
    async salt() {
      return transaction(() => {
        db.run(numbered("INSERT INTO feedback_meta (key, value) VALUES ('salt', $1) ON CONFLICT (key) DO NOTHING"), [randomBytes(32).toString("hex")]);
        return String(db.get("SELECT value FROM feedback_meta WHERE key = 'salt'")?.value);
      });
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}
