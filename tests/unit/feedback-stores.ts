/**
 * The feedback stores under test: SQLite in a temporary file always, PostgreSQL when
 * TEST_DATABASE_URL (or DATABASE_URL) names a database: each store gets its own schema there,
 * dropped afterwards. .ci/run starts Debian's PostgreSQL and sets TEST_DATABASE_URL.
 */
import path from "node:path";
import pg from "pg";
import { openPostgresStore } from "@/lib/feedback/postgres-store";
import { openSqliteStore } from "@/lib/feedback/sqlite-store";
import type { FeedbackStore } from "@/lib/feedback/store";
import { tempDir } from "./helpers";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

export type StoreKind = {
  name: string;
  /** A place for one store's data: open it (again) with `open`, clean up with `drop`. */
  place: () => Promise<{ open: () => Promise<FeedbackStore>; drop: () => Promise<void> }>;
};

export const sqliteKind: StoreKind = {
  name: "SQLite",
  async place() {
    const file = path.join(tempDir("feedback-"), "nested", "feedback.sqlite");
    return { open: async () => openSqliteStore(file), drop: async () => {} };
  },
};

/** A connection string whose sessions use `schema` first. */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

export const postgresKind: StoreKind = {
  name: "PostgreSQL",
  async place() {
    const url = testDatabaseUrl ?? "";
    const schema = `feedback_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    return {
      open: () => openPostgresStore(withSchema(url, schema)),
      async drop() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};
