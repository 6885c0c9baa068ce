/**
 * A feedback POST end to end apart from Next.js (lib/feedback/submit.ts), on a real SQLite store:
 * stored → 303; bad input, another origin, a full rate limit or a dead database → a page that says
 * so, keeps the reader's text (escaped) and stores nothing; the honeypot pretends.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "@/lib/feedback/sqlite-store";
import type { FeedbackStore } from "@/lib/feedback/store";
import { handleFeedback, maxBodyBytes, readBody, type FeedbackContext, type FeedbackRequest } from "@/lib/feedback/submit";
import { tempDir } from "./helpers";

const site = "https://careers.example.org";
const stores: FeedbackStore[] = [];
afterEach(async () => {
  while (stores.length > 0) await stores.pop()?.close();
});

async function setup(overrides: Partial<FeedbackContext> = {}) {
  const file = path.join(tempDir("feedback-"), "feedback.sqlite");
  const store = await openSqliteStore(file);
  stores.push(store);
  const context: FeedbackContext = {
    siteOrigin: site,
    careerTitle: (slug) => (slug === "electricians" ? "Electricians" : undefined),
    store: async () => store,
    secret: "test-secret",
    ...overrides,
  };
  return { store, file, send: (fields: Record<string, string>, request: Partial<FeedbackRequest> = {}) => handleFeedback(post(fields, request), context) };
}

function post(fields: Record<string, string>, request: Partial<FeedbackRequest> = {}): FeedbackRequest {
  return {
    contentType: "application/x-www-form-urlencoded",
    body: new TextEncoder().encode(new URLSearchParams(fields).toString()),
    headers: { origin: site, host: "careers.example.org" },
    clientAddress: "203.0.113.7",
    ...request,
  };
}

const good = { career: "electricians", kind: "figure-wrong", message: "The pay range looks off.", email: "", website: "" };
const html = (response: Awaited<ReturnType<typeof handleFeedback>>) => ("html" in response ? response.html : "");

describe("a feedback POST", () => {
  it("stores a good message and sends the reader to the thank-you page", async () => {
    const { store, send } = await setup();
    expect(await send(good)).toEqual({ status: 303, location: "/feedback/thanks?career=electricians" });
    expect(await store.list()).toMatchObject([{ career: "electricians", kind: "figure-wrong", message: "The pay range looks off.", email: null }]);
  });

  it("refuses bad input with a clear message, keeps the text escaped, and stores nothing", async () => {
    const { store, send } = await setup();
    const response = await send({ ...good, message: `<b>bold</b> ${"x".repeat(2_000)}` });
    expect(response.status).toBe(400);
    expect(html(response)).toContain("The message is 2,012 characters long; the limit is 2,000.");
    expect(html(response)).toContain("&#60;b&#62;bold&#60;/b&#62;");
    expect(html(response)).not.toContain("<b>bold");
    expect(html(response)).toContain(`<a href="/careers/electricians">Back to Electricians</a>`);
    expect(await store.list()).toEqual([]);
  });

  it("stores markup as plain text", async () => {
    const { store, send } = await setup();
    await send({ ...good, message: `<script>alert(1)</script>` });
    expect((await store.list())[0]?.message).toBe("<script>alert(1)</script>");
  });

  it("refuses a binary body and one over 16 KB, storing nothing", async () => {
    const { store, send } = await setup();
    expect((await send(good, { body: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x00]) })).status).toBe(400);
    expect((await send(good, { body: new Uint8Array(maxBodyBytes + 1).fill(0x61) })).status).toBe(413);
    expect((await send(good, { contentType: "application/json" })).status).toBe(415);
    expect(await store.list()).toEqual([]);
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example", host: "careers.example.org" }],
    ["Origin null", { origin: "null", host: "careers.example.org" }],
    ["another site's Referer", { referer: "https://evil.example/page", host: "careers.example.org" }],
    ["neither Origin nor Referer", { host: "careers.example.org" }],
  ])("refuses %s with 403 and stores nothing", async (_, headers) => {
    const { store, send } = await setup();
    const response = await send(good, { headers });
    expect(response.status).toBe(403);
    expect(html(response)).toContain("sent from another site");
    expect(await store.list()).toEqual([]);
  });

  it("accepts the request's own host and a same-site Referer", async () => {
    const { send } = await setup();
    expect((await send(good, { headers: { origin: "http://127.0.0.1:3400", host: "127.0.0.1:3400" } })).status).toBe(303);
    expect((await send(good, { headers: { referer: `${site}/careers/electricians`, host: "internal:3000" } })).status).toBe(303);
  });

  it("pretends a filled honeypot was sent, and stores nothing", async () => {
    const { store, send } = await setup();
    expect(await send({ ...good, website: "https://spam.example" })).toEqual({ status: 303, location: "/feedback/thanks?career=electricians" });
    expect(await store.list()).toEqual([]);
  });

  it("answers the sixth message in ten minutes from one client with 429, and other clients still get through", async () => {
    const { store, send } = await setup();
    for (let index = 0; index < 5; index++) expect((await send({ ...good, message: `note ${index}` })).status).toBe(303);
    const refused = await send({ ...good, message: "one too many" });
    expect(refused).toMatchObject({ status: 429, retryAfterSeconds: 600 });
    expect(html(refused)).toContain("one too many");
    expect((await send(good, { clientAddress: "198.51.100.9" })).status).toBe(303);
    expect(await store.list()).toHaveLength(6);
  });

  it("never stores the client's address, only a keyed hash (with the database's own salt when FEEDBACK_SECRET is unset)", async () => {
    const { store, send, file } = await setup({ secret: undefined });
    await send(good, { clientAddress: "203.0.113.77" });
    await store.close();
    expect(readFileSync(file).includes(Buffer.from("203.0.113.77"))).toBe(false);
  });

  it("says the message could not be saved when the database is down, keeping the text", async () => {
    const { send } = await setup({ store: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:1")) });
    const response = await send({ ...good, message: "Please keep this text" });
    expect(response.status).toBe(503);
    expect(html(response)).toContain("could not be saved just now. Please try again later");
    expect(html(response)).toContain("Please keep this text");
  });
});

describe("readBody", () => {
  it("stops reading past the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
        if (pulled > 1000) controller.close();
      },
    });
    const body = await readBody(stream, 4096);
    expect(body.byteLength).toBe(5120);
    expect(pulled).toBeLessThan(10);
  });
});
