/**
 * Where feedback is kept: one small interface, two implementations (sqlite-store.ts, an embedded
 * file; postgres-store.ts, a server for several instances). tests/unit/feedback-store.test.ts holds
 * both to the same contract.
 */
import { feedbackKinds, type FeedbackKind } from "./schema";

export type FeedbackStatus = "open" | "resolved";
export const feedbackStatuses = ["open", "resolved"] as const satisfies readonly FeedbackStatus[];

export type NewFeedback = { career: string; kind: FeedbackKind; message: string; email?: string; clientKey: string };

export type FeedbackEntry = {
  id: number;
  career: string;
  kind: FeedbackKind;
  message: string;
  email: string | null;
  status: FeedbackStatus;
  /** ISO 8601, UTC. */
  createdAt: string;
  resolvedAt: string | null;
  note: string | null;
};

export type FeedbackFilter = { career?: string; status?: FeedbackStatus };

/** At most `max` messages per client key in any `windowMs`. */
export type RateLimit = { max: number; windowMs: number };

export type AddResult = { ok: true; id: number } | { ok: false; reason: "rate-limited" };

export interface FeedbackStore {
  /** Stores the message unless its client already sent `limit.max` within the window: the count and the insert are one atomic step, across every instance sharing the database. */
  add(entry: NewFeedback, limit: RateLimit, now?: Date): Promise<AddResult>;
  /** Oldest first. */
  list(filter?: FeedbackFilter): Promise<FeedbackEntry[]>;
  get(id: number): Promise<FeedbackEntry | undefined>;
  /** Marks it resolved (with an optional note); undefined when there is no such entry. */
  resolve(id: number, note?: string, now?: Date): Promise<FeedbackEntry | undefined>;
  /** A random secret made once per database, for client keys when FEEDBACK_SECRET is not set. */
  salt(): Promise<string>;
  close(): Promise<void>;
}

/** The tables, made on first use; only the `id` column is written differently by the two databases. */
export function feedbackMigration(idColumn: string): string {
  return `
CREATE TABLE IF NOT EXISTS feedback (
  id ${idColumn},
  career TEXT NOT NULL,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  email TEXT,
  client_key TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  note TEXT
);
CREATE INDEX IF NOT EXISTS feedback_client ON feedback (client_key, created_at);
CREATE INDEX IF NOT EXISTS feedback_career ON feedback (career, status);
CREATE TABLE IF NOT EXISTS feedback_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;
}

/** The table's columns, in SQL both databases read. */
export const feedbackColumns = "id, career, kind, message, email, status, created_at, resolved_at, note";

export type FeedbackRow = {
  id: number | string;
  career: string;
  kind: string;
  message: string;
  email: string | null;
  status: string;
  created_at: string;
  resolved_at: string | null;
  note: string | null;
};

export function entryFromRow(row: FeedbackRow): FeedbackEntry {
  return {
    id: Number(row.id),
    career: row.career,
    kind: feedbackKinds.find((kind) => kind === row.kind) ?? "other",
    message: row.message,
    email: row.email,
    status: row.status === "resolved" ? "resolved" : "open",
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    note: row.note,
  };
}

/** `WHERE …` for a filter, with numbered parameters ($1, $2…). */
export function filterClause(filter: FeedbackFilter = {}): { where: string; values: string[] } {
  const conditions: string[] = [];
  const values: string[] = [];
  if (filter.career) conditions.push(`career = $${values.push(filter.career)}`);
  if (filter.status) conditions.push(`status = $${values.push(filter.status)}`);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "", values };
}
