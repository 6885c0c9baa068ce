/**
 * A small, self-contained HTML page (no scripts, no styles from elsewhere) for answers given outside
 * the React layout: the front door's refusals and /go's. Every value is escaped.
 */
import { escapeHtml } from "./escape-html";

export type PlainLink = { href: string; text: string };

export function plainPage(title: string, message: string, links: readonly PlainLink[]): string {
  const anchors = links.map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`).join(" · ");
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)} | Workweek</title></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p>${anchors}</p></main></body></html>`
  );
}
