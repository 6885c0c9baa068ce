import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

const dangerous: Array<[name: string, markdown: string, forbidden: RegExp]> = [
  ["script element", "Text <script>alert(1)</script> after.", /<script/i],
  ["script block", "<script>\nalert(1)\n</script>\n\nAfter.", /<script/i],
  ["iframe", "<iframe src=\"https://evil.example\"></iframe>\n\nAfter.", /<iframe/i],
  ["event handler", "<img src=x onerror=\"alert(1)\">\n\nAfter.", /onerror/i],
  ["style attribute", "<p style=\"position:fixed\">x</p>\n\nAfter.", /style=/i],
  ["javascript: link", "[click](javascript:alert(1)) after.", /javascript:/i],
  ["javascript: link with entities", "[click](jav&#x61;script:alert(1)) after.", /javascript:/i],
  ["data: link", "[click](data:text/html;base64,PHNjcmlwdD4=) after.", /data:text/i],
  ["object embed", "<object data=\"x.swf\"></object><embed src=\"x\">\n\nAfter.", /<(object|embed)/i],
  ["form", "<form action=\"https://evil.example\"><input></form>\n\nAfter.", /<(form|input)/i],
];

describe("raw HTML and dangerous URLs never reach the page", () => {
  it.each(dangerous)("%s is removed and the text around it stays", (_name, markdown, forbidden) => {
    const { html, rawHtml } = renderMarkdown(markdown);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain("fter.");
    if (/</.test(markdown)) expect(rawHtml.length).toBeGreaterThan(0);
  });

  it("keeps safe links, tables and lists", () => {
    const { html } = renderMarkdown("[BLS](https://www.bls.gov/)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- one\n- two\n");
    expect(html).toContain('<a href="https://www.bls.gov/">BLS</a>');
    expect(html).toContain("<table>");
    expect(html).toContain("<li>one</li>");
  });

  it("puts every table in a box that scrolls sideways on its own, so a wide table never widens the page", () => {
    const { html } = renderMarkdown("| a | b |\n| - | - |\n| 1 | 2 |\n\n> | c |\n> | - |\n> | 3 |\n");
    expect(html.match(/<div class="table-scroll"><table>/g)).toHaveLength(2);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });
});

describe("headings", () => {
  it("gives ## and ### headings prefixed ids and builds the table of contents from ##", () => {
    const markdown = "## A typical day\n\ntext\n\n### Mornings\n\ntext\n\n## Who thrives\n\ntext";
    const toc = [
      { id: "inside-a-typical-day", text: "A typical day" },
      { id: "inside-who-thrives", text: "Who thrives" },
    ];
    const page = renderMarkdown(markdown);
    expect(page.html).toContain('<h2 id="inside-a-typical-day">A typical day</h2>');
    expect(page.html).toContain('<h3 id="inside-mornings">Mornings</h3>');
    expect(page.toc).toEqual(toc);

    // Under a section heading of the page (a profile's narrative), one rank down, same contents.
    const section = renderMarkdown(markdown, { headingShift: 1 });
    expect(section.html).toContain('<h3 id="inside-a-typical-day">A typical day</h3>');
    expect(section.html).toContain('<h4 id="inside-mornings">Mornings</h4>');
    expect(section.toc).toEqual(toc);
  });

  it("reports where # headings are", () => {
    expect(renderMarkdown("intro\n\n# Title\n").topLevelHeadings).toEqual([{ line: 3, column: 1 }]);
  });

  it("counts words of text, not of markup", () => {
    expect(renderMarkdown("## Two words\n\nOne two **three** [four](https://a.example) — five.").wordCount).toBe(7);
  });
});

// Plain prose skips the GFM extension (lib/content/markdown.ts, `gfmSyntax`); each of these must still get it.
const gfmFeatures: Array<[name: string, markdown: string, expected: RegExp]> = [
  ["table with pipes", "| a | b |\n| - | - |\n| 1 | 2 |", /<table>/],
  ["table without pipes", "Heading\n:-\nvalue", /<table>/],
  ["strikethrough", "It was ~~cheap~~ dear.", /<del>cheap<\/del>/],
  ["task list", "- [x] done\n- [ ] to do", /type="checkbox"/],
  ["footnote", "Pay rose.[^1]\n\n[^1]: BLS, 2024.", /href="#user-content-fn-1"/],
  ["www autolink", "See WWW.bls.gov today.", /<a href="http:\/\/WWW\.bls\.gov">/],
  ["https autolink", "See https://bls.gov today.", /<a href="https:\/\/bls\.gov">/],
  ["email autolink", "Write to jobs@example.org today.", /<a href="mailto:jobs@example\.org">/],
  ["email spelt with a character reference", "Write to jobs&#64;example.org today.", /<a href="mailto:jobs@example\.org">/],
];

describe("GitHub-flavoured Markdown", () => {
  it.each(gfmFeatures)("renders a %s", (_name, markdown, expected) => {
    expect(renderMarkdown(markdown).html).toMatch(expected);
  });

  it("renders plain prose the same with or without it", () => {
    const { html, wordCount } = renderMarkdown("## Who thrives\n\nPeople who like order: lists, ledgers - and a 9-to-5 day.\n\n* one\n* two");
    expect(html).toBe('<h2 id="inside-who-thrives">Who thrives</h2>\n<p>People who like order: lists, ledgers - and a 9-to-5 day.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(wordCount).toBe(14);
  });
});
