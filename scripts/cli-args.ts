/**
 * Command-line arguments for our scripts: node's parseArgs, but a mistyped option prints one line
 * (with the closest known option) and the usage, and exits 1, instead of a stack trace.
 */
import { closest } from "fastest-levenshtein";
import { parseArgs, type ParseArgsConfig } from "node:util";

export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    const known = Object.keys(config.options ?? {}).map((name) => `--${name}`);
    const line = unknown && known.length > 0 ? `Unknown option ${unknown} (did you mean ${closest(unknown, known)}?)` : message;
    console.error(`${line}\n${usage}`);
    process.exit(1);
  }
}
