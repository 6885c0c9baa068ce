/**
 * Hostile requests against the real production server (scripts/serve.ts): each was a 500, a stall or
 * an echoed host before the front door (lib/server/front-door.ts) and the narrowed proxy matcher.
 * Sent with node:http, because a browser or Playwright's client cannot write a request target `*`
 * or an absolute-form target. Their cost is measured by `npm run bench:edge`, not timed here.
 */
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(baseURL: string | undefined, method: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(baseURL ?? "http://127.0.0.1:3100");
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method, path: target, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a query string of 7,000 (or 1,000) repeated keys is refused at once on every kind of route (414), as a page with the security headers", async ({ baseURL }) => {
  const cases = [
    [`?${"x&".repeat(7000)}`, "is 14,000 characters long; no page of this site reads more than 2,048"],
    [`?${"x&".repeat(1000)}`, "more than 64 parameters"],
  ];
  for (const path of ["/robots.txt", "/careers/medical-assistants", "/careers", "/compare", "/nope", "/og/careers/medical-assistants"]) for (const [query, reason] of cases) {
    const answer = await send(baseURL, "GET", path + query);
    expect(answer.status, path).toBe(414);
    expect(answer.body).toMatch(/^<!DOCTYPE html>/);
    expect(answer.body).toContain(reason);
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  }
  // The server is still there for everyone else.
  expect((await send(baseURL, "GET", "/robots.txt")).status).toBe(200);
});

test("TRACE, and writes to pages and public files, are 405 with Allow: GET, HEAD", async ({ baseURL }) => {
  for (const [method, path] of [["TRACE", "/"], ["TRACE", "/careers/medical-assistants"], ["POST", "/icon.svg"], ["PUT", "/video-poster.svg"], ["DELETE", "/fonts/"], ["POST", "/careers"]]) {
    const answer = await send(baseURL, method, path);
    expect(answer.status, `${method} ${path}`).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD");
  }
});

test("a request target `*` is a 400, not a 500", async ({ baseURL }) => {
  expect((await send(baseURL, "GET", "*")).status).toBe(400);
  expect((await send(baseURL, "OPTIONS", "*")).status).toBe(405);
});

test("an unsatisfiable Range on a public file gets the whole file, not a 500", async ({ baseURL }) => {
  const answer = await send(baseURL, "GET", "/video-poster.svg", { range: "bytes=999999-" });
  expect(answer.status).toBe(200);
  expect(answer.body).toContain("<svg");
});

test("a garbage router-state header on the pages that render on request is a 400, not a 500", async ({ baseURL }) => {
  for (const path of ["/careers", "/compare", "/careers?q=nurse"]) {
    const answer = await send(baseURL, "GET", path, { rsc: "1", "next-router-state-tree": "garbage" });
    expect(answer.status, path).toBe(400);
  }
});

test("an absolute-form request target is served as its path: redirects never name another host", async ({ baseURL }) => {
  const capital = await send(baseURL, "GET", "http://evil.example/careers/Medical-Assistants");
  expect(capital.status).toBe(308);
  expect(capital.headers.location).toBe("/careers/medical-assistants");
  const untidy = await send(baseURL, "GET", "http://evil.example/careers?q=&sort=relevance");
  expect(untidy.status).toBe(307);
  expect(untidy.headers.location).toBe("/careers");
  const page = await send(baseURL, "GET", "https://evil.example/careers/medical-assistants");
  expect(page.status).toBe(200);
  expect(page.body).not.toContain("evil.example");
});

test("the proxy runs only where it has work: the list, /fit, capitalised profile addresses, %-escapes", async ({ baseURL }) => {
  // What Next.js compiled from proxy.ts's matcher, in the build under test.
  const manifest = JSON.parse(readFileSync(".next-e2e/server/functions-config-manifest.json", "utf8")) as {
    functions: Record<string, { matchers: Array<{ regexp: string }> }>;
  };
  const matchers = manifest.functions["/_middleware"].matchers.map(({ regexp }) => new RegExp(regexp));
  const proxied = (path: string) => matchers.some((matcher) => matcher.test(path));
  for (const path of ["/careers", "/fit", "/careers/Medical-Assistants", "/careers/medical%2Dassistants", "/x%E0"]) expect(proxied(path), path).toBe(true);
  for (const path of ["/", "/careers/medical-assistants", "/methodology", "/compare", "/og/careers/medical-assistants", "/robots.txt", "/_next/static/chunks/x.js", "/icon.svg"]) {
    expect(proxied(path), path).toBe(false);
  }
  // And it still does that work.
  expect((await send(baseURL, "GET", "/careers/Medical-Assistants")).headers.location).toBe("/careers/medical-assistants");
  expect((await send(baseURL, "GET", "/careers?q=&category=healthcare&sort=relevance")).headers.location).toBe("/careers?category=healthcare");
  for (const path of ["/methodology%E0", "/careers/%E0%A4%A", "/og/careers/%E0%A4%A"]) {
    const answer = await send(baseURL, "GET", path);
    expect(answer.status, path).toBe(400);
    expect(answer.body).toContain("broken %-escape");
  }
});
