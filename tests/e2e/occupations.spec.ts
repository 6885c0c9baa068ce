/**
 * Every occupation of the national dataset has a page: a profile, or its figures with a plain word
 * that the profile is not written yet. Figures-only pages are found by search, kept out of search
 * engines, and their address moves permanently to a profile written later under another slug.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { servedOccupations } from "./sample";

test("every occupation of the dataset answers at the address of its official title", async ({ request }) => {
  const occupations = servedOccupations();
  expect(occupations.length).toBe(832);
  test.setTimeout(30_000 + occupations.length * 100);
  const failed: string[] = [];
  for (const { socCode, officialSlug } of occupations) {
    // A profile under another slug answers with a permanent redirect to it; everything else with its page.
    const response = await request.get(`/careers/${officialSlug}`, { maxRedirects: 0 });
    const status = response.status();
    if (status === 308) {
      const target = await request.get(response.headers().location ?? "");
      if (target.status() !== 200) failed.push(`${socCode} ${officialSlug}: redirect to ${response.headers().location} answers ${target.status()}`);
    } else if (status !== 200) {
      failed.push(`${socCode} ${officialSlug}: ${status}`);
    }
  }
  expect(failed).toEqual([]);
});

test.describe("a figures-only page (Tour and Travel Guides)", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/careers/tour-and-travel-guides");
  });

  test("shows the national figures with their vintage, and says the profile is not written yet", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1, name: "Tour and Travel Guides" })).toBeVisible();
    await expect(page.locator("#overview")).toContainText("Figures only");
    await expect(page.locator("#not-written")).toContainText("A full profile of this occupation has not been written yet");
    const facts = page.getByRole("complementary", { name: "Quick facts" });
    await expect(facts).toContainText("$38,120 (May 2025)");
    await expect(facts).toContainText("+8.1% (2024–2034)");
    await expect(facts).toContainText("High school diploma or equivalent");
    await expect(facts).toContainText(/AI resilience\s*Not rated yet/);
    await expect(page.locator("#salary")).toContainText("$18.33 an hour");
    await expect(page.locator("#salary figure")).toContainText("Entry (10th percentile)$28,520");
    await expect(page.locator("#outlook")).toContainText("55,800 jobs in 2024, 60,300 projected for 2034");
    await expect(page.locator("#outlook")).toContainText(/Openings each year\s*13,000/);
    await expect(page.locator("#education")).toContainText(/Typical on-the-job training\s*Moderate-term on-the-job training/);
    // An aggregate code: exposure is the mean of its detailed children, and there is no score.
    await expect(page.locator("#ai-exposure")).toContainText("of this occupation’s tasks can be done at least twice as fast");
    await expect(page.locator("#ai-exposure")).toContainText("No AI resilience score yet");
    await expect(page.locator("#ai-resilience")).toHaveCount(0);
    await expect(page.locator("#sources").getByRole("link", { name: /BLS Occupational Employment and Wages, May 2025/ })).toHaveAttribute("href", "https://www.bls.gov/oes/current/oes397010.htm");
  });

  test("is kept out of search engines and the sitemap", async ({ page, request }) => {
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).not.toContain("tour-and-travel-guides");
  });

  test("has no accessibility violations", async ({ page }) => {
    await expectNoAxeViolations(page);
  });
});

test("an official title's address redirects permanently to the profile written under another slug", async ({ request }) => {
  const response = await request.get("/careers/heavy-and-tractor-trailer-truck-drivers", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/careers/heavy-truck-drivers");
});

test("a search finds an occupation without a profile by its official title, marked figures only", async ({ page }) => {
  await page.goto("/careers?q=tour+guide");
  const first = page.locator(".career-list__item").first();
  await expect(first.getByRole("link")).toHaveText("Tour and Travel Guides");
  await expect(first).toContainText("Figures only");
  await expect(first).toContainText("$38,120 median (May 2025)");
});

test("the list shows profiles, and every occupation on request; the AI tier filter says figures-only pages are not rated", async ({ page }) => {
  await page.goto("/careers");
  await expect(page.locator(".career-list__item--figures")).toHaveCount(0);
  await page.goto("/careers?show=all");
  await expect(page.locator(".result-count")).toContainText(/8\d\d careers/);
  await expect(page.locator(".career-list__item--figures").first()).toBeVisible();
  await page.getByText("Filter and sort (1 chosen)").click();
  await expect(page.getByText("Rated for full profiles only: figures-only occupations have no score yet.")).toBeVisible();
  await page.goto("/careers?show=all&tier=ai-resilient");
  await expect(page.locator(".career-list__item--figures")).toHaveCount(0);
});
