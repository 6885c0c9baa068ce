/**
 * Editorial pages written in Markdown under `<content>/pages` (e.g. the methodology), read by the
 * same reader as profiles (lib/content/source.ts: one YAML path, the same size and syntax limits).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { formatErrors } from "./errors";
import { renderMarkdown, type TocEntry } from "./markdown";
import { readSource } from "./source";

const pageSchema = z.strictObject({ title: z.string().min(2), summary: z.string().min(10) });

export type EditorialPage = z.infer<typeof pageSchema> & { html: string; toc: TocEntry[] };

/** `CONTENT_DIR` when set (tests, benchmarks), else ./content: the same root as the profiles. */
function pagesDir(): string {
  const root = process.env.CONTENT_DIR ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR) : path.join(process.cwd(), "content");
  return path.join(/* turbopackIgnore: true */ root, "pages");
}

export function getEditorialPage(name: string): EditorialPage {
  const file = path.join(/* turbopackIgnore: true */ pagesDir(), `${name}.md`);
  const read = readSource(file, readFileSync(file));
  if (!read.ok) throw new Error(`content/pages/${name}.md cannot be read:\n${formatErrors(read.errors)}`);
  const meta = pageSchema.parse(read.source.data);
  const { html, toc } = renderMarkdown(read.source.body);
  return { ...meta, html, toc };
}
