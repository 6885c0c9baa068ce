/**
 * Editors' tool for the feedback readers send from profile pages (content/README.md, "Feedback").
 *
 *   npm run feedback -- list [--career slug] [--status open|resolved]
 *   npm run feedback -- show <id>
 *   npm run feedback -- export --format csv|json [--career slug] [--status open|resolved]
 *   npm run feedback -- resolve <id> [--note "what was changed"]
 *
 * The same store as the site: PostgreSQL when DATABASE_URL is set, else the SQLite file FEEDBACK_DB
 * (default data/feedback.sqlite).
 */
import { describeStore, openFeedbackStore, storeSettings } from "../lib/feedback/open-store";
import { exportCsv, exportJson, formatEntry, formatList } from "../lib/feedback/report";
import { feedbackStatuses, type FeedbackFilter, type FeedbackStore } from "../lib/feedback/store";
import { readArgs } from "./cli-args";

const usage = `Usage: npm run feedback -- list [--career slug] [--status open|resolved]
       npm run feedback -- show <id>
       npm run feedback -- export --format csv|json [--career slug] [--status open|resolved]
       npm run feedback -- resolve <id> [--note "what was changed"]`;

const { values: options, positionals } = readArgs(
  {
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { career: { type: "string" }, status: { type: "string" }, format: { type: "string" }, note: { type: "string" } },
  },
  usage,
);

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

function readFilter(): FeedbackFilter {
  const status = options.status;
  if (status !== undefined && !(feedbackStatuses as readonly string[]).includes(status)) fail(`--status must be open or resolved, not ${JSON.stringify(status)}.`);
  return { career: options.career, status: status === "open" || status === "resolved" ? status : undefined };
}

function readId(value: string | undefined): number {
  if (!value || !/^\d+$/.test(value)) fail(`Give the message's number, as list shows it (#12 → 12).`);
  return Number(value);
}

async function run(store: FeedbackStore, command: string | undefined): Promise<number> {
  switch (command) {
    case "list":
      console.log(formatList(await store.list(readFilter())));
      return 0;
    case "show": {
      const entry = await store.get(readId(positionals[1]));
      if (!entry) return console.error(`No message #${positionals[1]}.`), 1;
      console.log(formatEntry(entry));
      return 0;
    }
    case "export": {
      const format = options.format ?? "csv";
      if (format !== "csv" && format !== "json") fail(`--format must be csv or json, not ${JSON.stringify(format)}.`);
      const entries = await store.list(readFilter());
      process.stdout.write(format === "csv" ? exportCsv(entries) : exportJson(entries));
      return 0;
    }
    case "resolve": {
      const entry = await store.resolve(readId(positionals[1]), options.note);
      if (!entry) return console.error(`No message #${positionals[1]}.`), 1;
      console.log(`#${entry.id} resolved.`);
      return 0;
    }
    default:
      fail(command ? `Unknown command ${JSON.stringify(command)}.` : "Name a command.");
  }
}

const command = positionals[0];
if (!["list", "show", "export", "resolve"].includes(command ?? "")) fail(command ? `Unknown command ${JSON.stringify(command)}.` : "Name a command.");
const settings = storeSettings();
let store: FeedbackStore;
try {
  store = await openFeedbackStore(settings);
} catch (error) {
  console.error(`Could not open the feedback store (${describeStore(settings)}): ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
try {
  process.exitCode = await run(store, command);
} finally {
  await store.close();
}
