/**
 * Next bundles lib/catalog/index.ts more than once (pages, route handlers): in production every instance
 * must share one catalog and one search index per process, or each build worker holds copies.
 */
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtures } from "./helpers";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  Reflect.deleteProperty(globalThis, Symbol.for("workweek.catalog"));
});

/** A fresh instance of the module, as another bundle would have. */
async function freshInstance() {
  vi.resetModules();
  return import("@/lib/catalog");
}

describe("the production catalog", () => {
  it("is loaded once per process, whatever the number of module instances", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CONTENT_DIR", path.join(fixtures, "valid"));
    const first = await freshInstance();
    const second = await freshInstance();
    expect(first).not.toBe(second);
    const catalog = first.getCatalog();
    expect(catalog.careers.length).toBeGreaterThan(0);
    expect(second.getCatalog()).toBe(catalog);
    // And one search index for it.
    expect(first.getSearchIndex()).toBe(second.getSearchIndex());
  });

  it("gives next.config.ts its redirects and video addresses without keeping the catalog", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CONTENT_DIR", path.resolve(import.meta.dirname, "../../content"));
    const { getConfigFacts } = await freshInstance();
    const { redirects, videoUrls } = getConfigFacts();
    expect(redirects).toContainEqual({ source: "/careers/medical-records-and-health-information-technicians", destination: "/careers/medical-records-specialists", permanent: true });
    expect(videoUrls).toContain("https://cdn.careeronestop.org/OccVids/OccupationVideos/31-9092.00.mp4");
    expect(videoUrls).toContain("https://cdn.careeronestop.org/OccVids/OccupationVideos/31-9092.00.jpg");
    expect(Reflect.get(globalThis, Symbol.for("workweek.catalog"))).toBeUndefined();
  });

  it("is reloaded on every call in development, so edits show at once", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("CONTENT_DIR", path.join(fixtures, "valid"));
    const careers = await freshInstance();
    expect(careers.getCatalog()).not.toBe(careers.getCatalog());
  });
});
