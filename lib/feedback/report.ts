/** What `npm run feedback` prints: a list line per message, one message in full, and exports as CSV or JSON. */
import { stringify } from "csv-stringify/sync";
import { feedbackKindLabels } from "./schema";
import type { FeedbackEntry } from "./store";

const oneLine = (text: string, width: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/** Control characters (terminal escapes in a message) shown as their code, so printing a message cannot drive the terminal. */
export const printable = (text: string) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

export function formatList(entries: readonly FeedbackEntry[]): string {
  if (entries.length === 0) return "No feedback matches.";
  const lines = entries.map(
    (entry) => `#${entry.id}  ${entry.createdAt.slice(0, 16).replace("T", " ")}  ${entry.status.padEnd(8)}  ${entry.career}  [${entry.kind}]  ${printable(oneLine(entry.message, 60))}`,
  );
  return [...lines, `${entries.length} message${entries.length === 1 ? "" : "s"}.`].join("\n");
}

export function formatEntry(entry: FeedbackEntry): string {
  return [
    `#${entry.id}  ${entry.status}${entry.resolvedAt ? ` ${entry.resolvedAt}` : ""}`,
    `Page:     /careers/${entry.career}  (content/careers/${entry.career}.md)`,
    `Kind:     ${feedbackKindLabels[entry.kind] ?? entry.kind}`,
    `Received: ${entry.createdAt}`,
    `Reply to: ${entry.email ?? "(no email)"}`,
    ...(entry.note ? [`Note:     ${printable(entry.note)}`] : []),
    "",
    printable(entry.message),
  ].join("\n");
}

const exportColumns = ["id", "career", "kind", "status", "createdAt", "resolvedAt", "email", "message", "note"] as const;

/** A cell a spreadsheet would read as a formula (=, +, -, @ first) is prefixed with ' (CSV injection). */
const safeCell = (value: string | number | null) => (typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? ""));

export function exportCsv(entries: readonly FeedbackEntry[]): string {
  return stringify(
    entries.map((entry) => exportColumns.map((column) => safeCell(entry[column]))),
    { header: true, columns: [...exportColumns] },
  );
}

export function exportJson(entries: readonly FeedbackEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
