/**
 * The comparison page as people use it: readable on a phone (row labels stay, the table says when
 * it scrolls), reachable by keyboard, with the vintage of its figures, and printable.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { printedText, squeeze } from "./pdf";

const four = "/compare?careers=medical-assistants,phlebotomists,dental-assistants,licensed-practical-nurses";
const region = (page: Page) => page.getByRole("region", { name: "Comparison table" });
const scrollNote = (page: Page) => page.locator(".compare-scroll__note");
const overflow = (scroller: Locator) => scroller.evaluate((element) => element.scrollWidth - element.clientWidth);

test.describe("on a 390px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("two careers fit side by side: nothing to scroll, so no note and no Tab stop", async ({ page }) => {
    await page.goto("/compare?careers=registered-nurses,customer-service-representatives");
    const second = await page.getByRole("columnheader", { name: /^Customer Service Representatives/ }).boundingBox();
    expect(second && second.x + second.width).toBeLessThanOrEqual(390);
    expect(await overflow(region(page))).toBeLessThanOrEqual(0);
    await expect(scrollNote(page)).toBeHidden();
    await expect(region(page)).not.toHaveAttribute("tabindex");
    // What browsers without scroll-state queries show the note by.
    await expect(region(page)).toHaveAttribute("data-scrolls", "false");
  });

  test("column headings never break inside a word", async ({ page }) => {
    for (const careers of ["phlebotomists,customer-service-representatives", "medical-assistants,phlebotomists,pharmacy-technicians,licensed-practical-nurses"]) {
      await page.goto(`/compare?careers=${careers}`);
      const broken = await page.locator(".compare-table thead th a").evaluateAll((links) =>
        links.flatMap((link) => {
          const text = link.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return [];
          const words: string[] = [];
          for (const match of (text.textContent ?? "").matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            // A word split over two lines has a box on each.
            if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) words.push(match[0]);
          }
          return words;
        }),
      );
      expect(broken, careers).toEqual([]);
    }
  });

  test("with four careers the region says it scrolls, and the row labels stay in view on top", async ({ page }) => {
    await page.goto(four);
    expect(await overflow(region(page))).toBeGreaterThan(0);
    await expect(scrollNote(page)).toHaveText("Scroll sideways to see all 4 careers →");
    await expect(region(page)).toHaveAttribute("data-scrolls", "true");
    const label = page.getByRole("rowheader", { name: "Median salary" });
    await label.scrollIntoViewIfNeeded();
    await region(page).evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const last = await page.getByRole("columnheader", { name: /^Licensed Practical/ }).boundingBox();
    expect(last && last.x + last.width).toBeLessThanOrEqual(390);
    const box = await label.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect(box?.x).toBeLessThan(20);
    // On top of the scrolled cells, and opaque (the page's own background) in light and dark mode.
    expect(await label.evaluate((element) => element.contains(document.elementFromPoint(element.getBoundingClientRect().x + 4, element.getBoundingClientRect().y + 8)))).toBe(true);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const [cell, body] = await label.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(document.body).backgroundColor]);
      expect(cell, colorScheme).toBe(body);
    }
    await expectNoAxeViolations(page);
  });

  test("the scrolling region is a Tab stop with the site's focus ring, and arrow keys scroll it", async ({ page }) => {
    await page.goto(four);
    const scroller = region(page);
    await expect(scroller).toHaveAttribute("tabindex", "0");
    for (let presses = 0; presses < 40 && !(await scroller.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press("Tab");
    await expect(scroller).toBeFocused();
    expect(await scroller.evaluate((element) => getComputedStyle(element).outline)).toBe("rgb(179, 92, 0) solid 3px");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});

test("on a desktop four careers fit: no scroll note, and the table is no Tab stop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(four);
  expect(await overflow(region(page))).toBeLessThanOrEqual(0);
  await expect(scrollNote(page)).toBeHidden();
  await expect(region(page)).not.toHaveAttribute("tabindex");
});

test("each figure shows its vintage, the same for every career: no notice about different years", async ({ page }) => {
  await page.goto("/compare?careers=medical-assistants,phlebotomists");
  await expect(page.getByRole("row", { name: /^Median salary/ }).getByRole("cell")).toHaveText(["$45,690 (May 2025)", "$45,230 (May 2025)"]);
  await expect(page.getByRole("row", { name: /^Projected growth/ }).getByRole("cell")).toHaveText(["+12.5% (2024–2034)", "+5.6% (2024–2034)"]);
  await expect(page.getByText("from different years")).toHaveCount(0);
});

test("a comparison prints with its address and date, and none of the on-screen controls", async ({ page, baseURL }) => {
  await page.goto(four);
  const { text } = await printedText(page, "A4");
  for (const expected of ["Medical Assistants", "Licensed Practical and Licensed Vocational Nurses", "$64,400 (May 2025)", `${baseURL}${four}`]) {
    expect(text, expected).toContain(squeeze(expected));
  }
  expect(text).toMatch(/Printed[A-Z][a-z]+\d{1,2},\d{4}/);
  for (const absent of ["You are comparing the most careers", "Remove", "Put two to four careers", "Scroll sideways", "Skip to content"]) {
    expect(text, absent).not.toContain(squeeze(absent));
  }
});

test("with one career chosen, it links to it and can remove it; with none, the suggestions are starters", async ({ page }) => {
  await page.goto("/compare?careers=welders");
  const main = page.getByRole("main");
  await expect(main.getByText(/^Add at least one more career to compare with Welders, Cutters, Solderers, and Brazers \(remove/)).toBeVisible();
  await expect(main.getByRole("link", { name: "Welders, Cutters, Solderers, and Brazers", exact: true })).toHaveAttribute("href", "/careers/welders");
  await main.getByRole("link", { name: "remove Welders, Cutters, Solderers, and Brazers" }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(main).toContainText("Or start with one of these:");
});

test("a figure no compared career gives is left out; one only some give says \"Not listed\" for the others", async ({ page }) => {
  const row = (label: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await page.goto("/compare?careers=accountants,bookkeeping-clerks");
  await expect(row("Program cost")).toHaveCount(0);
  await expect(row("Program length")).toHaveCount(0);
  // Program length and cost are shown only with the source that states them (programSource).
  await page.goto("/compare?careers=registered-nurses,accountants");
  await expect(row("Program length").getByRole("cell")).toHaveText(["2–4 years", "Not listed"]);
  await expect(row("Program cost")).toHaveCount(0);
  await expect(page.getByText("Varies")).toHaveCount(0);
});

test("adding a career that is compared already, or one too many, says so instead of redirecting", async ({ page }) => {
  await page.goto("/compare?careers=welders,electricians&add=welders");
  await expect(page.getByRole("status")).toHaveText("Welders, Cutters, Solderers, and Brazers is already in the comparison.");
  await page.goto(`${four}&add=plumbers`);
  await expect(page).toHaveURL(/add=plumbers/);
  await expect(page.getByRole("status")).toContainText("At most 4 careers fit side by side; left out: Plumbers");
});
