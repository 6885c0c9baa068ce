import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { everyType, figuresOnlyTypes, sweepPaths } from "./sample";


test("the careers list links every published profile with its tier and median", async ({ page }) => {
  await page.goto("/careers");
  await expect(page.getByRole("heading", { level: 1, name: "Find a career" })).toBeVisible();
  const total = Number((await page.locator(".result-count").innerText()).match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(40);
  const hrefs = new Set<string>();
  for (let n = 1; ; n++) {
    const links = page.locator(".career-list__title a");
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""))) hrefs.add(href);
    const next = page.getByRole("link", { name: /^Next/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`page=${n + 1}`));
  }
  expect(hrefs.size).toBe(total);
  expect(hrefs).toContain("/careers/minimal-profile");

  await page.goto("/careers?q=medical+assistants");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Medical Assistants", exact: true }) });
  await expect(item).toContainText("Medical assistants get patients ready for the doctor");
  await expect(item).toContainText("AI-Augmented · 4/6");
  await expect(item).toContainText("$45,690 median (May 2025)");
  await item.getByRole("link", { name: "Medical Assistants", exact: true }).click();
  await expect(page).toHaveURL(/\/careers\/medical-assistants$/);
});

test("the careers list has no accessibility violations", async ({ page }) => {
  await page.goto("/careers");
  await expectNoAxeViolations(page);
});

// Over a sample of the catalog in CI and all of it with `npm run test:sweep`, so a new profile is
// held to it too (what one profile's content can change: headings, links, tables and lists in its
// narrative, long titles, missing fields).
test("no page has accessibility violations (every page type and a sample of the rest)", async ({ page, request }) => {
  const paths = sweepPaths(await (await request.get("/sitemap.xml")).text());
  expect(paths).toEqual(expect.arrayContaining([...everyType, ...figuresOnlyTypes]));
  // axe takes 1–3 s a page on an idle machine, 6–7 s on a slow or busy one (CI on 2026-12-04 timed out
  // at 6 s a page): the budget grows with the catalog, and a real violation still fails at once.
  test.setTimeout(30_000 + paths.length * 15_000);
  for (const path of paths) {
    await page.goto(path);
    await test.step(path, () => expectNoAxeViolations(page));
  }
});

test("the methodology explains the inputs, the rubric and the sources", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we score AI resilience");
  await expect(page.locator("main")).toContainText("not a probability of job loss");
  for (const heading of ["AI task exposure", "Job growth", "Human advantage (EPOCH)", "The EPOCH rubric", "Where the figures come from", "Data sources", "How AI task exposure is matched to an occupation"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test.describe("on the narrowest phone (320 px, WCAG's reflow width)", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("no page is wider than the screen (wide tables scroll inside their own box)", async ({ page, request }) => {
    const published = sweepPaths(await (await request.get("/sitemap.xml")).text());
    test.setTimeout(30_000 + published.length * 1_500);
    expect(published).toContain("/methodology");
    const others = ["/careers?q=nurse", "/compare?careers=medical-assistants,phlebotomists,dental-assistants,registered-nurses", "/fit?areas=ri&edu=associate&pay=40000&ai=not-high&growth=growing", "/fit?a=lnd", "/no-such-page"];
    const wide: string[] = [];
    for (const path of [...published, ...others]) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("the home page, a profile, the list and /fit have no accessibility violations (contrast included)", async ({ page }) => {
    test.setTimeout(120_000); // six axe runs, two of them on /fit's long pages
    for (const path of ["/", "/careers/medical-assistants", "/careers?q=nurse", "/compare?careers=medical-assistants,phlebotomists", "/fit?areas=s&edit=1", "/fit?areas=s&pay=30000"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
