/**
 * What one page costs a visitor and the server: HTML and script bytes (raw and gzipped), and
 * throughput and latency under a bounded load (autocannon).
 */
import autocannon from "autocannon";
import { gzipSync } from "node:zlib";

export type Script = { src: string; bytes: number; gzipBytes: number };

export type PageWeight = {
  path: string;
  status: number;
  htmlBytes: number;
  /** zlib's default level, as `next start` compresses. */
  htmlGzipBytes: number;
  /** The page's `<script src>` files, each fetched. */
  scripts: Script[];
  scriptBytes: number;
  scriptGzipBytes: number;
  /** Inline `<script>` code (in the App Router mostly the React Server Components payload). */
  inlineScriptBytes: number;
  /** Inline JSON-LD (`application/ld+json`): data for search engines, not code. */
  jsonLdBytes: number;
};

export type LoadResult = {
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

async function fetchBytes(url: string): Promise<{ status: number; body: Buffer }> {
  // identity: the raw size; gzip is computed here the same way for every file.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" }, redirect: "manual" });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

const gzipSize = (body: Buffer) => gzipSync(body).byteLength;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export async function measurePage(origin: string, path: string, scriptCache: Map<string, Script>): Promise<PageWeight> {
  const { status, body } = await fetchBytes(origin + path);
  const html = body.toString("utf8");
  const srcs = new Set<string>();
  let inlineScriptBytes = 0;
  let jsonLdBytes = 0;
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) srcs.add(src.replace(/&amp;/g, "&"));
    else if (/type="application\/ld\+json"/.test(attributes)) jsonLdBytes += Buffer.byteLength(code);
    else inlineScriptBytes += Buffer.byteLength(code);
  }
  const scripts: Script[] = [];
  for (const src of [...srcs].sort()) {
    let script = scriptCache.get(src);
    if (!script) {
      const fetched = await fetchBytes(new URL(src, origin).toString());
      if (fetched.status !== 200) throw new Error(`${src} (script of ${path}) answered ${fetched.status}`);
      script = { src, bytes: fetched.body.byteLength, gzipBytes: gzipSize(fetched.body) };
      scriptCache.set(src, script);
    }
    scripts.push(script);
  }
  return {
    path,
    status,
    htmlBytes: body.byteLength,
    htmlGzipBytes: gzipSize(body),
    scripts,
    scriptBytes: sum(scripts.map((script) => script.bytes)),
    scriptGzipBytes: sum(scripts.map((script) => script.gzipBytes)),
    inlineScriptBytes,
    jsonLdBytes,
  };
}

/** Scripts of `page` that `baseline` does not load: code of the page's own, beyond the framework's. */
export function extraScripts(page: PageWeight, baseline: PageWeight): { scripts: Script[]; bytes: number; gzipBytes: number } {
  const shared = new Set(baseline.scripts.map((script) => script.src));
  const scripts = page.scripts.filter((script) => !shared.has(script.src));
  return { scripts, bytes: sum(scripts.map((script) => script.bytes)), gzipBytes: sum(scripts.map((script) => script.gzipBytes)) };
}

/** `connections` clients requesting `path` back to back for `seconds`, asking for gzip like a browser. */
export async function loadTest(origin: string, path: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: origin + path,
    connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip" },
  });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
