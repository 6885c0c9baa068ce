/**
 * Markdown body → safe HTML string, a table of contents from `##` headings, and what the rules need
 * to know (word count, `#` headings, raw HTML). Raw HTML never reaches the page: remark-rehype drops
 * it, and rehype-sanitize (GitHub's schema) strips anything dangerous that Markdown itself produces.
 */
import type { Element, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeShiftHeading from "rehype-shift-heading";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { CONTINUE, SKIP, visit } from "unist-util-visit";

/** Heading ids carry this prefix so they never collide with the page's own section ids. */
export const headingIdPrefix = "inside-";

export type TocEntry = { id: string; text: string };
export type BodyPosition = { line: number; column: number };

export type RenderedMarkdown = {
  html: string;
  toc: TocEntry[];
  wordCount: number;
  /** Where `#` (level 1) headings are, relative to the body's first line. */
  topLevelHeadings: BodyPosition[];
  /** Where raw HTML was written (it is left out of the page). */
  rawHtml: BodyPosition[];
  /** Headings other than `##`, with their level and text (a recommended section written `###`). */
  otherHeadings: Array<BodyPosition & { depth: number; text: string }>;
};

const sanitizeSchema = {
  ...defaultSchema,
  // Ids come from rehype-slug after sanitising; keep GitHub's protection for anything else.
  clobberPrefix: "user-content-",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

/** A word is a run of non-space characters with at least one letter or digit in it. */
const word = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

function countWords(text: string): number {
  return text.match(word)?.length ?? 0;
}

function collectFacts(tree: MdastRoot, facts: Pick<RenderedMarkdown, "topLevelHeadings" | "rawHtml" | "wordCount" | "otherHeadings">) {
  visit(tree, (node) => {
    const start = node.position?.start;
    const at = { line: start?.line ?? 1, column: start?.column ?? 1 };
    if (node.type === "heading" && node.depth === 1) facts.topLevelHeadings.push(at);
    if (node.type === "heading" && node.depth !== 2) {
      let text = "";
      visit(node, (child) => {
        if (child.type === "text" || child.type === "inlineCode") text += child.value;
      });
      facts.otherHeadings.push({ ...at, depth: node.depth, text });
    }
    if (node.type === "html") facts.rawHtml.push(at);
    if (node.type === "text" || node.type === "inlineCode") facts.wordCount += countWords(node.value);
  });
}

const leafBlocks = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table"]);

function collectToc(tree: HastRoot, toc: TocEntry[], headingShift: number) {
  const sectionHeading = `h${2 + headingShift}`;
  visit(tree, "element", (node: Element) => {
    if (node.tagName === sectionHeading && typeof node.properties.id === "string") {
      toc.push({ id: node.properties.id, text: toString(node) });
    }
    // Headings are never inside a paragraph, a heading or code: most of the tree is not looked at.
    return leafBlocks.has(node.tagName) ? SKIP : CONTINUE;
  });
}

/** Each table goes in a box of its own that scrolls sideways if the table is wider than the screen, so the page never does. */
function rehypeScrollTables() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return CONTINUE;
      parent.children[index] = { type: "element", tagName: "div", properties: { className: ["table-scroll"] }, children: [node] };
      return SKIP;
    });
  };
}

function createProcessor(gfm: boolean, headingShift: number) {
  const parser = unified().use(remarkParse);
  return (gfm ? parser.use(remarkGfm) : parser)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeShiftHeading, { shift: headingShift })
    .use(rehypeSlug, { prefix: headingIdPrefix })
    .use(rehypeScrollTables)
    .use(rehypeStringify)
    .freeze();
}

type Processor = ReturnType<typeof createProcessor>;
const processors = new Map<string, Processor>();

/** Built and frozen once per kind and reused for every file. */
function processorFor(gfm: boolean, headingShift: number): Processor {
  const key = `${gfm}:${headingShift}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(gfm, headingShift);
    processors.set(key, processor);
  }
  return processor;
}

/**
 * GFM can only change the tree when the text has one of these: `|`, or `:-`/`-:` (tables), `[` `]` (task
 * lists, footnotes), `~` (strikethrough), `www`, `http` or `@` (autolinks), `&` (a character reference
 * can spell any of them). Without them CommonMark alone gives the same tree at half the cost, and
 * most profiles are plain prose. A differential fuzz (~400,000 random documents without these, GFM
 * and CommonMark trees compared with positions) found no difference; tests/unit/markdown.test.ts
 * checks each trigger.
 */
const gfmSyntax = /[~|@&[\]]|:-|-:|www|http/i;

/** Emphasis markers a narrative may hold: the parser's cost grows with their square (real profiles have a few dozen). */
export const maxEmphasisMarkers = 2_000;
/** `[` and `]` a narrative may hold: unmatched ones cost the parser their square too, `](` on each line ~1 ms a line (real profiles have none or a few links). */
export const maxBrackets = 500;
/** `|` a line may hold: every table cell is a node, and a row of thousands costs gigabytes (real profiles: no tables). */
export const maxPipesPerLine = 64;
/** Columns of leading spaces a line may have: lists nested by indentation cost the parser far more than their size (real profiles: under 10). */
export const maxIndent = 80;
/** Characters in a narrative: 300–650 words are about 4,000; some constructs cost the parser more than their size, so the whole is bounded. */
export const maxMarkdownLength = 20_000;
/** Lines in a narrative: the parser spends ~30 µs on each, whatever it holds (real profiles: under 60). */
export const maxMarkdownLines = 1_000;
/** Lines opening a block quote or a list item: blank-separated ones cost the parser their square (real profiles: a dozen at most). */
export const maxBlockLines = 300;

/** Lists and quotes opened on one line (`> - 1. x`): the parser's cost grows with the square of their depth (real profiles: two at most). */
export const maxNestingDepth = 100;

/** How many quote and list markers open the line starting at `start`, counting no further than `limit + 1`. */
function nestingDepth(markdown: string, start: number, limit: number): number {
  let depth = 0;
  let index = start;
  const spaceOrEnd = (at: number) => at >= markdown.length || markdown[at] === " " || markdown[at] === "\t" || markdown[at] === "\n";
  while (depth <= limit && index < markdown.length) {
    while (markdown[index] === " " || markdown[index] === "\t") index++;
    const char = markdown[index];
    if (char === ">") index++;
    else if ((char === "-" || char === "*" || char === "+") && spaceOrEnd(index + 1)) index++;
    else {
      let digits = 0;
      while (digits < 10 && markdown.charCodeAt(index + digits) >= 48 && markdown.charCodeAt(index + digits) <= 57) digits++;
      if (digits === 0 || digits > 9 || (markdown[index + digits] !== "." && markdown[index + digits] !== ")") || !spaceOrEnd(index + digits + 1)) break;
      index += digits + 1;
    }
    depth++;
  }
  return depth;
}

/** A line that opens a block quote or a list item (`>`, `-`, `*`, `+`, `1.`, `1)`), after up to 3 spaces. */
const blockLine = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * Why a body is too convoluted to render safely, with the 0-based line (within the body) where it
 * becomes so, or undefined when it is fine.
 */
export function markdownTooComplex(markdown: string): { line: number; reason: string } | undefined {
  if (markdown.length > maxMarkdownLength) {
    const line = markdown.slice(0, maxMarkdownLength).split("\n").length - 1;
    return { line, reason: `is ${markdown.length.toLocaleString("en-US")} characters long (at most ${maxMarkdownLength.toLocaleString("en-US")}): a narrative of 300–650 words is about 4,000` };
  }
  let blockLines = 0;
  let markers = 0;
  let brackets = 0;
  let line = 0;
  let indent = 0;
  let pipes = 0;
  let atLineStart = true;
  for (let index = 0; index < markdown.length; index++) {
    const code = markdown.charCodeAt(index);
    if (code === 10) {
      if (++line > maxMarkdownLines) {
        return { line, reason: `has more than ${maxMarkdownLines.toLocaleString("en-US")} lines: a narrative of 300–650 words needs about 50` };
      }
      indent = 0;
      pipes = 0;
      atLineStart = true;
      continue;
    }
    if (code === 124 && ++pipes > maxPipesPerLine) {
      return { line, reason: `has a line with more than ${maxPipesPerLine} | (a table row of that many cells): a table in a narrative needs only a few columns` };
    }
    if (atLineStart && indent === 0 && (index === 0 || markdown.charCodeAt(index - 1) === 10)) {
      if (nestingDepth(markdown, index, maxNestingDepth) > maxNestingDepth) {
        return { line, reason: `is nested too deeply: more than ${maxNestingDepth} lists or quotes inside each other on one line (a narrative needs two levels at most)` };
      }
      const end = markdown.indexOf("\n", index);
      if (blockLine.test(markdown.slice(index, end < 0 ? index + 16 : Math.min(end, index + 16))) && ++blockLines > maxBlockLines) {
        return { line, reason: `has more than ${maxBlockLines} list items and quotes: a narrative needs only a few short lists` };
      }
    }
    if (atLineStart) {
      // Leading spaces and tabs: how deeply the line's list is nested (quote markers on one line are
      // caught when rendering, as "nested too deeply").
      if (code === 32) indent++;
      else if (code === 9) indent += 4;
      else atLineStart = false;
      if (indent > maxIndent) {
        return { line, reason: `indents a line more than ${maxIndent} columns (lists nested that deep): lists in a narrative need only a level or two` };
      }
    }
    if ((code === 42 || code === 95) && ++markers > maxEmphasisMarkers) {
      const total = markers + (markdown.slice(index + 1).match(/[*_]/g)?.length ?? 0);
      return { line, reason: `has ${total} * and _ emphasis markers (at most ${maxEmphasisMarkers}): use plain text, with *emphasis* only where it matters` };
    }
    if ((code === 91 || code === 93) && ++brackets > maxBrackets) {
      const total = brackets + (markdown.slice(index + 1).match(/[[\]]/g)?.length ?? 0);
      return { line, reason: `has ${total} [ and ] brackets (at most ${maxBrackets}): a narrative needs only a few links` };
    }
  }
  return undefined;
}

/** The 0-based line of the body with the deepest run of quote and list markers (where nesting overflowed). */
export function deepestNestingLine(markdown: string): number {
  let deepest = { line: 0, depth: -1 };
  markdown.split("\n").forEach((text, line) => {
    const depth = text.match(/^(?:\s*(?:>|[*+-]|\d{1,9}[.)])(?=\s|$))*/)?.[0].length ?? 0;
    if (depth > deepest.depth) deepest = { line, depth };
  });
  return deepest.line;
}

/**
 * `headingShift` moves every heading down that many ranks, for Markdown placed under a heading of
 * the page: a profile's narrative sits in its "Inside this career" section (an h2), so its `##` are
 * h3. The table of contents lists the Markdown's `##` headings either way.
 */
export function renderMarkdown(markdown: string, { headingShift = 0 }: { headingShift?: number } = {}): RenderedMarkdown {
  const result: RenderedMarkdown = { html: "", toc: [], wordCount: 0, topLevelHeadings: [], rawHtml: [], otherHeadings: [] };
  const processor = processorFor(gfmSyntax.test(markdown), headingShift);
  const mdast = processor.parse(markdown);
  collectFacts(mdast, result);
  const hast = processor.runSync(mdast);
  collectToc(hast, result.toc, headingShift);
  result.html = processor.stringify(hast);
  return result;
}
