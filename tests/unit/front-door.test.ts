/**
 * The production server's front door (lib/server/front-door.ts): what it refuses, what it passes to
 * Next.js and how. tests/e2e/front-door.spec.ts sends the same requests to the real server.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxQueryLength, maxQueryPairs, originForm, refusalPage, screenRequest } from "@/lib/server/front-door";

const screen = (url: string, method = "GET", headers: Record<string, string> = {}) => screenRequest({ method, url, headers });
const validRouterState = encodeURIComponent(JSON.stringify(["", { children: ["careers", { children: ["__PAGE__", {}] }] }, null, null]));

describe("methods", () => {
  it("admits GET and HEAD", () => {
    expect(screen("/careers", "GET").ok).toBe(true);
    expect(screen("/careers", "HEAD").ok).toBe(true);
  });

  it.each(["TRACE", "TRACK", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "PROPFIND"])("refuses %s with 405 and Allow", (method) => {
    const screened = screen("/icon.svg", method);
    expect(screened).toMatchObject({ ok: false, refusal: { status: 405, headers: { Allow: "GET, HEAD" } } });
  });

  it("admits POST to exactly /feedback (the feedback form), and nowhere else", () => {
    expect(screen("/feedback", "POST")).toEqual({ ok: true, admission: { url: "/feedback", dropHeaders: [] } });
    expect(screen("http://evil.example/feedback", "POST")).toMatchObject({ ok: true, admission: { url: "/feedback" } });
    for (const url of ["/feedback/", "/feedback/thanks", "/feedbackx", "/careers/electricians", "/", "*", "/Feedback"]) {
      expect(screen(url, "POST"), url).toMatchObject({ ok: false, refusal: { status: 405 } });
    }
    expect(screen("/feedback", "PUT")).toMatchObject({ ok: false, refusal: { status: 405 } });
  });
});

describe("request targets", () => {
  it("passes an origin-form target unchanged", () => {
    expect(screen("/careers?q=nurse&sort=salary")).toEqual({ ok: true, admission: { url: "/careers?q=nurse&sort=salary", dropHeaders: [] } });
  });

  it("reduces an absolute-form target to its path, so no redirect can echo its host", () => {
    expect(originForm("http://evil.example/careers/Medical-Assistants")).toBe("/careers/Medical-Assistants");
    expect(originForm("HTTPS://evil.example:8443/careers?q=a")).toBe("/careers?q=a");
    expect(originForm("http://evil.example")).toBe("/");
    expect(originForm("http://evil.example?q=1")).toBe("/?q=1");
    expect(screen("http://evil.example/x")).toMatchObject({ ok: true, admission: { url: "/x" } });
  });

  it.each(["*", "evil.example:443", "", "ftp://evil.example/x", "javascript:alert(1)", "careers"])("refuses %j with 400", (target) => {
    expect(screen(target)).toMatchObject({ ok: false, refusal: { status: 400 } });
  });
});

describe("query strings", () => {
  it("admits the longest query the site reads, and refuses one character more (414)", () => {
    const longest = `/careers?q=${"a".repeat(maxQueryLength - 2)}`;
    expect(screen(longest).ok).toBe(true);
    expect(screen(`${longest}a`)).toMatchObject({ ok: false, refusal: { status: 414, title: "Address too long" } });
  });

  it(`admits ${maxQueryPairs} parameters and refuses more, however short (7,000 repeated keys)`, () => {
    expect(screen(`/careers?${Array.from({ length: maxQueryPairs }, () => "x").join("&")}`).ok).toBe(true);
    expect(screen(`/careers?${Array.from({ length: maxQueryPairs + 1 }, () => "x").join("&")}`)).toMatchObject({ ok: false, refusal: { status: 414 } });
    expect(screen(`/nope?${"x&".repeat(7000)}`)).toMatchObject({ ok: false, refusal: { status: 414 } });
  });

  it("does not count empty pairs (a trailing or doubled &)", () => {
    expect(screen(`/careers?q=a&&&sort=salary&`).ok).toBe(true);
    expect(screen(`/careers?${"&".repeat(1000)}`).ok).toBe(true);
  });

  it("costs time in proportion to the address, not its square", () => {
    const started = performance.now();
    for (let run = 0; run < 100; run++) screen(`/nope?${"x&".repeat(8000)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("headers", () => {
  it("refuses a router-state header Next.js cannot parse (it would answer 500), and admits a real one", () => {
    for (const value of ["garbage", "%E0%A4%A", "%5B%22x%22%5D", "{}", "[]", "x".repeat(50_000)]) {
      expect(screen("/careers", "GET", { rsc: "1", "next-router-state-tree": value })).toMatchObject({ ok: false, refusal: { status: 400 } });
    }
    expect(screen("/careers", "GET", { rsc: "1", "next-router-state-tree": validRouterState }).ok).toBe(true);
  });

  it("leaves out Range: the whole file is always a correct answer", () => {
    expect(screen("/video-poster.svg", "GET", { range: "bytes=999999-" })).toEqual({ ok: true, admission: { url: "/video-poster.svg", dropHeaders: ["range"] } });
  });
});

describe("refusal pages", () => {
  it("escape what they show", () => {
    const html = refusalPage({ status: 400, title: "<b>x</b>", message: `"quoted" & <script>` });
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;b&#62;x&#60;/b&#62;");
  });
});

describe("any request head", () => {
  it("is screened without throwing, and an admitted target always starts with a single path", () => {
    const target = fc.oneof(fc.string({ maxLength: 200 }), fc.webUrl({ withQueryParameters: true }), fc.webPath().map((p) => `/${p}`));
    fc.assert(
      fc.property(fc.constantFrom("GET", "HEAD", "POST", "TRACE", ""), target, fc.dictionary(fc.constantFrom("range", "next-router-state-tree", "rsc"), fc.string()), (method, url, headers) => {
        const screened = screenRequest({ method: method || undefined, url, headers });
        if (screened.ok) expect(screened.admission.url.startsWith("/")).toBe(true);
        else expect([400, 405, 414]).toContain(screened.refusal.status);
      }),
    );
  });
});
