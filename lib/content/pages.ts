/** Editorial pages written in Markdown under content/pages (e.g. the methodology). */
import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { renderMarkdown, type TocEntry } from "./markdown";

const pageSchema = z.strictObject({ title: z.string().min(2), summary: z.string().min(10) });

export type EditorialPage = z.infer<typeof pageSchema> & { html: string; toc: TocEntry[] };

export function getEditorialPage(name: string): EditorialPage {
  const file = path.join(process.cwd(), "content", "pages", `${name}.md`);
  const { data, content } = matter(readFileSync(file, "utf8"), {});
  const meta = pageSchema.parse(data);
  const { html, toc } = renderMarkdown(content);
  return { ...meta, html, toc };
}
