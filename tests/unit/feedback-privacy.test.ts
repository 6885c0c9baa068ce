/** Where the client's address comes from (lib/server/client-address.ts), how it is keyed (lib/feedback/client-key.ts), and the same-origin check (lib/feedback/origin.ts). */
import { describe, expect, it } from "vitest";
import { clientKey } from "@/lib/feedback/client-key";
import { isSameOrigin } from "@/lib/feedback/origin";
import { clientAddress } from "@/lib/server/client-address";

describe("client address", () => {
  it("is the socket's peer, and X-Forwarded-For is ignored unless TRUST_PROXY", () => {
    expect(clientAddress({ remoteAddress: "198.51.100.2", headers: { "x-forwarded-for": "1.2.3.4" }, trustProxy: false })).toBe("198.51.100.2");
  });

  it("behind a trusted proxy, is the last X-Forwarded-For entry (the one the proxy added, not the client's own)", () => {
    expect(clientAddress({ remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.5" }, trustProxy: true })).toBe("203.0.113.5");
    expect(clientAddress({ remoteAddress: "10.0.0.1", headers: {}, trustProxy: true })).toBe("10.0.0.1");
  });
});

describe("client key", () => {
  it("is an HMAC: stable for one secret, different for another, and never contains the address", () => {
    const address = "203.0.113.7";
    const key = clientKey(address, "secret-1");
    expect(key).toBe(clientKey(address, "secret-1"));
    expect(key).not.toBe(clientKey(address, "secret-2"));
    expect(key).not.toBe(clientKey("203.0.113.8", "secret-1"));
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(key).not.toContain("203");
    expect(clientKey("2001:db8::1", "s")).not.toContain("2001");
  });
});

describe("same origin", () => {
  const site = "https://careers.example.org";
  it.each([
    [{ origin: site, host: "internal:3000" }, true],
    [{ origin: "http://127.0.0.1:3400", host: "127.0.0.1:3400" }, true],
    [{ origin: "http://Careers.Example.org", host: "Careers.Example.org" }, true],
    [{ referer: `${site}/careers/x?y=1`, host: "internal" }, true],
    [{ origin: "https://evil.example", referer: `${site}/careers/x`, host: "careers.example.org:443" }, false],
    [{ origin: "null", host: "careers.example.org" }, false],
    [{ referer: "javascript:alert(1)", host: "careers.example.org" }, false],
    [{ origin: "http://127.0.0.1:3400", host: "127.0.0.1:3401" }, false],
    [{ host: "careers.example.org" }, false],
  ])("%j → %s", (headers, expected) => {
    expect(isSameOrigin(headers, site)).toBe(expected);
  });
});
