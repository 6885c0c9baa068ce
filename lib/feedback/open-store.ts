/**
 * The store the site and `npm run feedback` use: PostgreSQL when `DATABASE_URL` is set, else the
 * SQLite file at `FEEDBACK_DB` (default data/feedback.sqlite).
 */
import type { FeedbackStore } from "./store";

export const defaultFeedbackDb = "data/feedback.sqlite";

export type StoreSettings = { databaseUrl?: string; feedbackDb?: string };

export function storeSettings(env: NodeJS.ProcessEnv = process.env): StoreSettings {
  return { databaseUrl: env.DATABASE_URL?.trim() || undefined, feedbackDb: env.FEEDBACK_DB?.trim() || undefined };
}

/** Where the feedback is kept, in words (no password). */
export function describeStore({ databaseUrl, feedbackDb }: StoreSettings): string {
  if (!databaseUrl) return `SQLite file ${feedbackDb ?? defaultFeedbackDb}`;
  try {
    const url = new URL(databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

export async function openFeedbackStore(settings: StoreSettings = storeSettings()): Promise<FeedbackStore> {
  if (settings.databaseUrl) {
    const { openPostgresStore } = await import("./postgres-store");
    return openPostgresStore(settings.databaseUrl);
  }
  const { openSqliteStore } = await import("./sqlite-store");
  return openSqliteStore(settings.feedbackDb ?? defaultFeedbackDb);
}

let shared: Promise<FeedbackStore> | undefined;

/** One store per server process, opened on first use; a store that failed to open is tried again next time. */
export function sharedFeedbackStore(): Promise<FeedbackStore> {
  shared ??= openFeedbackStore().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
