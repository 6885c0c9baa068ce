/**
 * Feedback in PostgreSQL (`DATABASE_URL`), for deployments with several instances (pg: pure
 * JavaScript). The table is created on first use. `add` takes a transaction-scoped advisory lock on
 * the client key, so the rate limit's count and the insert are atomic across every instance.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { entryFromRow, feedbackColumns, feedbackMigration, filterClause, type FeedbackRow, type FeedbackStore } from "./store";

const migration = feedbackMigration("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");

/** Opens a pool and runs the migration (one statement at a time under a lock, so instances starting together do not race). */
export async function openPostgresStore(connectionString: string, { connectTimeoutMs = 3_000 } = {}): Promise<FeedbackStore> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: connectTimeoutMs });
  // An idle client that loses its server emits an error; without a listener it would end the process.
  pool.on("error", () => {});
  const rows = async (sql: string, values: unknown[] = []) => (await pool.query<FeedbackRow>(sql, values)).rows;
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  try {
    await transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('workweek feedback migration'))");
      for (const statement of migration.split(";").map((text) => text.trim()).filter(Boolean)) await client.query(statement);
    });
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  return {
    async add(entry, limit, now = new Date()) {
      return transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`feedback:${entry.clientKey}`]);
        const since = new Date(now.getTime() - limit.windowMs).toISOString();
        const recent = await client.query<{ n: string }>("SELECT COUNT(*) AS n FROM feedback WHERE client_key = $1 AND created_at > $2", [entry.clientKey, since]);
        if (Number(recent.rows[0]?.n ?? 0) >= limit.max) return { ok: false, reason: "rate-limited" } as const;
        const inserted = await client.query<{ id: string }>(
          "INSERT INTO feedback (career, kind, message, email, client_key, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          [entry.career, entry.kind, entry.message, entry.email ?? null, entry.clientKey, now.toISOString()],
        );
        return { ok: true, id: Number(inserted.rows[0]?.id) } as const;
      });
    },
    async list(filter) {
      const { where, values } = filterClause(filter);
      return (await rows(`SELECT ${feedbackColumns} FROM feedback ${where} ORDER BY id`, values)).map(entryFromRow);
    },
    async get(id) {
      const [row] = await rows(`SELECT ${feedbackColumns} FROM feedback WHERE id = $1`, [id]);
      return row && entryFromRow(row);
    },
    async resolve(id, note, now = new Date()) {
      const [row] = await rows(
        `UPDATE feedback SET status = 'resolved', resolved_at = $2, note = COALESCE($3, note) WHERE id = $1 RETURNING ${feedbackColumns}`,
        [id, now.toISOString(), note ?? null],
      );
      return row && entryFromRow(row);
    },
    async salt() {
      await pool.query("INSERT INTO feedback_meta (key, value) VALUES ('salt', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString("hex")]);
      const [row] = (await pool.query<{ value: string }>("SELECT value FROM feedback_meta WHERE key = 'salt'")).rows;
      return String(row?.value);
    },
    async close() {
      if (!pool.ended && !pool.ending) await pool.end();
    },
  };
}
