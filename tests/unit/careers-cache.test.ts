/**
 * Next bundles lib/catalog/index.ts more than once (pages, route handlers): in production every instance
 * must share one catalog and one search index per process, or each build worker holds copies.
 */
import { cpSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtures, nationalDir, tempDir } from "./helpers";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  Reflect.deleteProperty(globalThis, Symbol.for("workweek.catalog"));
});

/**
 * A content folder as the site reads it: the valid fixture profiles in `careers/`, and beside them
 * `national/`, a copy of the project's dataset they are joined with.
 */
function validContent(): string {
  const root = tempDir("content-");
  cpSync(path.join(fixtures, "valid/careers"), path.join(root, "careers"), { recursive: true });
  cpSync(nationalDir, path.join(root, "national"), { recursive: true });
  return root;
}

/** A fresh instance of the module, as another bundle would have. */
async function freshInstance() {
  vi.resetModules();
  return import("@/lib/catalog");
}

describe("the production catalog", () => {
  it("is loaded once per process, whatever the number of module instances", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CONTENT_DIR", validContent());
    const first = await freshInstance();
    const second = await freshInstance();
    expect(first).not.toBe(second);
    const catalog = first.getCatalog();
    // The published fixture, joined with its occupation's national figures; the draft is left out.
    expect(catalog.careers.map((career) => career.slug)).toEqual(["minimal-profile"]);
    expect(catalog.careers[0].figures.socCode).toBe("51-4081");
    expect(catalog.occupations.length).toBeGreaterThan(catalog.careers.length);
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
    // Posters are never shown, so the CSP does not allow their origin for them.
    expect(videoUrls.some((url) => url.endsWith(".jpg"))).toBe(false);
    expect(Reflect.get(globalThis, Symbol.for("workweek.catalog"))).toBeUndefined();
  });

  it("is reloaded on every call in development, so edits show at once", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("CONTENT_DIR", validContent());
    const careers = await freshInstance();
    expect(careers.getCatalog()).not.toBe(careers.getCatalog());
    // Drafts are visible in development.
    expect(careers.getCatalog().careers.map((career) => career.slug).sort()).toEqual(["draft-profile", "minimal-profile"]);
  });
});
