import fs from "node:fs";
import { renderMarkdown } from "/work/main/lib/markdown";
import { unified } from "unified";
import remarkParse from "remark-parse";
const dir = "/tmp/bench5000/careers";
const bodies = fs.readdirSync(dir).map(f => { const t = fs.readFileSync(dir + "/" + f, "utf8"); return t.slice(t.indexOf("\n---\n", 4) + 5); });
console.log("avg body", bodies.reduce((a, b) => a + b.length, 0) / bodies.length);
const p = unified().use(remarkParse).freeze();
for (let r = 0; r < 2; r++) {
  let t = performance.now(); for (const b of bodies) renderMarkdown(b); console.log("render", (performance.now() - t).toFixed(0));
  t = performance.now(); for (const b of bodies) p.parse(b); console.log("parse only", (performance.now() - t).toFixed(0));
}
import { visit } from "unist-util-visit";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
const full = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeSlug).use(rehypeStringify).freeze();
let t = performance.now(); const trees = bodies.map(b => full.parse(b)); console.log("parse", (performance.now() - t).toFixed(0));
t = performance.now(); let n = 0; for (const tr of trees) visit(tr, () => { n++; }); console.log("visit", (performance.now() - t).toFixed(0), n);
t = performance.now(); const hs = trees.map(tr => full.runSync(tr)); console.log("run", (performance.now() - t).toFixed(0));
t = performance.now(); for (const h of hs) full.stringify(h); console.log("stringify", (performance.now() - t).toFixed(0));
