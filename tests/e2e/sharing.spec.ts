/**
 * Links counselors share: page metadata and previews, structured data, sitemap and robots,
 * security headers, the share control and section links, and the printed handout.
 */
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { sweepPaths } from "./sample";
import { printedPages, printedText, squeeze } from "./pdf";

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute("content");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*(\*|https?:)/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
}

test.describe("a profile's link preview and structured data", () => {
  test("has title, description, canonical URL, Open Graph and Twitter tags", async ({ page, baseURL }) => {
    await page.goto("/careers/medical-assistants");
    await expect(page).toHaveTitle("Medical Assistants | Workweek");
    const description = await meta(page, 'meta[name="description"]');
    expect(description).toMatch(/^Medical assistants get patients ready for the doctor/);
    const canonical = `${baseURL}/careers/medical-assistants`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
    expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
    expect(await meta(page, 'meta[property="og:title"]')).toBe("Medical Assistants");
    expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
    expect(await meta(page, 'meta[property="og:site_name"]')).toBe("Workweek");
    expect(await meta(page, 'meta[property="og:image"]')).toBe(`${baseURL}/og/careers/medical-assistants`);
    expect(await meta(page, 'meta[property="og:image:width"]')).toBe("1200");
    expect(await meta(page, 'meta[property="og:image:height"]')).toBe("630");
    expect(await meta(page, 'meta[property="og:image:alt"]')).toContain("Medical Assistants: AI-Augmented, AI resilience score 4/6, median salary $45,690");
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta(page, 'meta[name="twitter:image"]')).toBe(`${baseURL}/og/careers/medical-assistants`);
  });

  test("its preview image is a 1200×630 PNG", async ({ request }) => {
    const response = await request.get("/og/careers/medical-assistants");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });

  test("carries schema.org Occupation JSON-LD that parses", async ({ page, baseURL }) => {
    await page.goto("/careers/medical-assistants");
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Occupation",
      name: "Medical Assistants",
      url: `${baseURL}/careers/medical-assistants`,
      occupationalCategory: { "@type": "CategoryCode", codeValue: "31-9092" },
      educationRequirements: { credentialCategory: "Post-secondary certificate" },
    });
    expect(data.description).toMatch(/^Medical assistants get patients ready for the doctor/);
    expect(data.estimatedSalary[0]).toMatchObject({ "@type": "MonetaryAmountDistribution", currency: "USD", median: 45690, percentile10: 36050, percentile90: 59310 });
    expect(data.qualifications.map((q: { alternateName?: string }) => q.alternateName)).toEqual(["CMA", "RMA", "NCMA", "CCMA"]);
    expect(data.skills).toContain("Medical billing and coding software");
  });

  test("section links and the copy-link control work, with JavaScript", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/careers/medical-assistants");
    const sectionLink = page.getByRole("link", { name: "Link to this section: Salary and career progression" });
    await expect(sectionLink).toHaveAttribute("href", "#salary");
    await sectionLink.click();
    await expect(page).toHaveURL(/#salary$/);
    await page.getByRole("link", { name: "Copy link to the Medical Assistants profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/careers/medical-assistants`);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the copy-link control is a plain link to the profile", async ({ page, baseURL }) => {
      await page.goto("/careers/medical-assistants");
      await expect(page.getByRole("link", { name: "Copy link to the Medical Assistants profile" })).toHaveAttribute("href", `${baseURL}/careers/medical-assistants`);
    });
  });
});

test.describe("a comparison's link preview", () => {
  test("names the careers in its title, description and image alt, with the comparison's own image", async ({ page, baseURL }) => {
    await page.goto("/compare?careers=medical-assistants,phlebotomists");
    const image = `${baseURL}/og/compare?careers=medical-assistants,phlebotomists`;
    expect(await meta(page, 'meta[property="og:title"]')).toBe("Compare Medical Assistants vs Phlebotomists");
    const description = "Medical Assistants vs Phlebotomists: AI resilience 4/6 vs 5/6; median pay $45,690 vs $45,230 (May 2025)";
    expect(await meta(page, 'meta[name="description"]')).toBe(description);
    expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
    expect(await meta(page, 'meta[property="og:image"]')).toBe(image);
    expect(await meta(page, 'meta[name="twitter:image"]')).toBe(image);
    expect(await meta(page, 'meta[property="og:image:alt"]')).toBe(
      "Medical Assistants vs Phlebotomists compared: AI resilience 4/6 (AI-Augmented) vs 5/6 (AI-Resilient); median pay $45,690 vs $45,230",
    );
  });

  test("its image is drawn once: an address the framework reads as canonical (a __proto__ parameter) gets the kept image", async ({ request }) => {
    const canonical = "/og/compare?careers=dental-assistants,pharmacy-technicians";
    const first = await request.get(canonical);
    expect(first.status()).toBe(200);
    for (const junk of ["1", "2", "x".repeat(50)]) {
      // Next.js leaves `__proto__` out of the query it hands on, so this passes for the canonical address.
      const again = await request.get(`${canonical}&__proto__=${junk}`, { maxRedirects: 0 });
      expect(again.status()).toBe(200);
      expect(again.headers()["server-timing"]).toBe('og;desc="kept"');
      expect(Buffer.compare(await again.body(), await first.body())).toBe(0);
    }
  });

  test("its image is a 1200×630 PNG, drawn only at its canonical address; a link to unknown careers gets the site's", async ({ request }) => {
    const four = "/og/compare?careers=medical-assistants,phlebotomists,dental-assistants,licensed-practical-nurses";
    const cases: Array<[string, string | undefined]> = [
      [four, undefined],
      ["/og/compare?careers=medical-assistants,nope,phlebotomists,medical-assistants&x=1", "/og/compare?careers=medical-assistants,phlebotomists"],
      ["/og/compare?careers=nope,%3Cscript%3E", "/og/site"],
      ["/og/compare", "/og/site"],
      ["/og/compare?careers=a&careers[]=b", "/og/site"],
      ["/og/compare?careers=medical-assistants,phlebotomists&constructor=1", "/og/compare?careers=medical-assistants,phlebotomists"],
    ];
    for (const [path, location] of cases) {
      const first = await request.get(path, { maxRedirects: 0 });
      expect(first.status(), path).toBe(location ? 307 : 200);
      if (location) expect(first.headers().location, path).toBe(location);
      const response = location ? await request.get(location) : first;
      expect(response.headers()["content-type"], path).toBe("image/png");
      expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 });
      // A CDN may keep every preview image until the deploy's purge.
      expect(response.headers()["cache-control"], path).toContain("s-maxage=31536000");
    }
    expect((await request.get("/og/careers/medical-assistants")).headers()["cache-control"]).toContain("s-maxage=31536000");
  });
});

test("a filtered list's preview names its filters and the careers it shows", async ({ page }) => {
  await page.goto("/careers?category=healthcare&tier=ai-resilient");
  await expect(page).toHaveTitle("Healthcare careers · AI-Resilient | Workweek");
  expect(await meta(page, 'meta[property="og:title"]')).toBe("Healthcare careers · AI-Resilient");
  const titles = await page.locator(".career-list__title").allTextContents();
  const description = await meta(page, 'meta[property="og:description"]');
  expect(description).toMatch(new RegExp(`^${titles.length} careers?(, including|:) `));
  expect(description).toContain(titles[0]);
  expect(await meta(page, 'meta[name="description"]')).toBe(description);
  // Lists and searches stay indexable: issue 7 holds a search page to Lighthouse SEO 100.
  for (const path of ["/careers?category=healthcare&tier=ai-resilient", "/careers?q=nurse"]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveCount(0);
  }
});

test("list, home and unfinished compare pages have their own canonical URL and the site-wide preview image", async ({ page, request, baseURL }) => {
  for (const [path, canonical] of [
    ["/", "/"],
    ["/careers?category=healthcare&sort=title&utm_source=mail", "/careers?category=healthcare"],
    ["/compare?careers=medical-assistants,not-a-career", "/compare?careers=medical-assistants"],
    ["/methodology", "/methodology"],
  ]) {
    await page.goto(path);
    expect(await meta(page, 'meta[name="description"]'), path).toBeTruthy();
    const href = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(href?.replace(/\/$/, ""), path).toBe(`${baseURL}${canonical}`.replace(/\/$/, ""));
    expect(await meta(page, 'meta[property="og:image"]'), path).toBe(`${baseURL}/og/site`);
    expect(await meta(page, 'meta[name="twitter:card"]'), path).toBe("summary_large_image");
  }
  const image = await request.get("/og/site");
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
});

test("the sitemap lists every published profile with lastmod and no draft; robots.txt points to it", async ({ request, page, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  const profiles = urls.filter((url) => url.startsWith(`${baseURL}/careers/`));

  await page.goto("/careers");
  const total = Number((await page.locator(".result-count").innerText()).match(/\d+/)?.[0]);
  expect(profiles).toHaveLength(total);
  expect(profiles).toContain(`${baseURL}/careers/medical-assistants`);
  expect(profiles).toContain(`${baseURL}/careers/minimal-profile`);
  expect(sitemap).not.toContain("draft-profile");
  expect(urls).toContain(`${baseURL}/careers`);
  expect(urls).toContain(`${baseURL}/careers?category=healthcare`);
  expect(sitemap).toMatch(/<loc>[^<]+\/careers\/medical-assistants<\/loc>\s*<lastmod>2026-12-04/);

  const draft = await request.get("/careers/draft-profile");
  expect(draft.status()).toBe(404);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain("Disallow: /go");
});

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/careers/medical-assistants", "/careers?q=nurse", "/compare?careers=a,b", "/no-such-page", "/sitemap.xml", "/og/site"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response);
  }
});

test("the Content-Security-Policy blocks nothing the site itself uses", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/careers/medical-assistants", "/careers?q=nurse", "/compare?careers=medical-assistants,phlebotomists"]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  expect(violations).toEqual([]);
});

test("a profile prints as a clean handout of at most two pages, A4 and Letter", async ({ page, baseURL }) => {
  await page.goto("/careers/medical-assistants");
  for (const format of ["A4", "Letter"]) {
    const { pages, text } = await printedText(page, format);
    expect(pages, format).toBeLessThanOrEqual(2);
    for (const expected of ["Medical Assistants", "$45,690", "(May 2025)", "Score 4/6", "Certified Medical Assistant", "+12.5%", `${baseURL}/careers/medical-assistants`, "Updated December 4, 2026"]) {
      expect(text, `${format}: ${expected}`).toContain(squeeze(expected));
    }
    for (const absent of ["Skip to content", "Copy link", "On this page", "Compare with"]) expect(text, `${format}: ${absent}`).not.toContain(squeeze(absent));
  }
});

for (const format of ["A4", "Letter"]) {
  test(`profiles and figures-only pages print on at most two ${format} pages (a sample; all with npm run test:sweep)`, async ({ page, request }) => {
    const profiles = sweepPaths(await (await request.get("/sitemap.xml")).text()).filter((path) => path.startsWith("/careers/"));
    test.setTimeout(30_000 + profiles.length * 3_000);
    expect(profiles).toContain("/careers/tour-and-travel-guides");
    const tooLong: string[] = [];
    for (const path of profiles) {
      await page.goto(path);
      const pages = await printedPages(page, format);
      if (pages > 2) tooLong.push(`${path}: ${pages} pages`);
    }
    expect(tooLong).toEqual([]);
  });
}

test("the profile stays free of accessibility violations with the sharing controls", async ({ page }) => {
  await page.goto("/careers/medical-assistants");
  await expectNoAxeViolations(page);
});
