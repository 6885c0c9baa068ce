/**
 * "Start this career" on the production build: the form works without JavaScript (a 303 from /go to
 * the finder), the links follow the place as it is typed with JavaScript, the printout gives one line
 * to type and the citation. No request leaves the machine: the finders' hosts are answered with a stub
 * and anything else external is aborted.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { printedText, squeeze } from "./pdf";

const jobsNear = "https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx?keyword=Medical+Assistants&location=Chicago%2C+IL";
const trainingNational = "https://www.careeronestop.org/Toolkit/Training/find-local-training.aspx?keyword=Medical+Assistants";

/** Answers the finders' hosts with a stub page, records what was asked, and refuses every other external request. */
async function stubFinders(page: Page): Promise<string[]> {
  const visited: string[] = [];
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, async (route) => {
    const url = route.request().url();
    if (/^https:\/\/www\.(careeronestop\.org|apprenticeship\.gov)\//.test(url)) {
      visited.push(url);
      await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Finder stub</title><h1>Finder stub</h1>" });
    } else {
      await route.abort();
    }
  });
  return visited;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form submits to /go, which sends the reader to the chosen finder", async ({ page }) => {
    const visited = await stubFinders(page);
    await page.goto("/careers/medical-assistants#start");
    const section = page.locator("#start");
    await section.getByLabel(/ZIP code, city or state/).fill("  Chicago,  IL ");
    await section.getByRole("button", { name: /Job openings/ }).click();
    await expect(page).toHaveURL(jobsNear);
    expect(visited).toEqual([jobsNear]);
  });

  test("an empty place searches the whole country", async ({ page }) => {
    const visited = await stubFinders(page);
    await page.goto("/careers/medical-assistants");
    await page.locator("#start").getByRole("button", { name: /Training programs/ }).click();
    await expect(page).toHaveURL(trainingNational);
    expect(visited).toEqual([trainingNational]);
  });

  test("a place that breaks the rule gets a page that says the rule and links back", async ({ page }) => {
    await stubFinders(page);
    await page.goto("/careers/medical-assistants");
    await page.locator("#start").getByLabel(/ZIP code, city or state/).fill("http://evil.example");
    await page.locator("#start").getByRole("button", { name: /Licenses by state/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check the place" })).toBeVisible();
    await expect(page.locator("main")).toContainText("5-digit ZIP code");
    await page.getByRole("link", { name: "Back to Medical Assistants" }).click();
    await expect(page).toHaveURL(/\/careers\/medical-assistants#start$/);
  });
});

test("/go answers with a redirect to a finder, or refuses", async ({ request }) => {
  const go = (query: string) => request.get(`/go?${query}`, { maxRedirects: 0 });
  const ok = await go("soc=31-9092&finder=jobs&place=Chicago%2C+IL");
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toBe(jobsNear);
  expect(ok.headers()["cache-control"]).toBe("no-store");

  const figuresOnly = await go("soc=39-7010&finder=certifications&place=");
  expect(figuresOnly.status()).toBe(303);
  expect(figuresOnly.headers().location).toBe("https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx?keyword=Tour+and+Travel+Guides");

  for (const [query, status] of [
    ["soc=31-9092&finder=jobs&place=%3Cscript%3E", 400],
    ["soc=31-9092&finder=jobs&place=Chicago%0D%0ALocation:%20https://evil.example", 400],
    ["soc=31-9092&finder=jobs&place=" + "9".repeat(61), 400],
    ["soc=31-9092&finder=https://evil.example", 404],
    ["soc=31-9092&finder=__proto__", 404],
    ["soc=99-9999&finder=jobs", 404],
    ["finder=jobs", 404],
  ] as const) {
    const response = await go(query);
    expect(response.status(), query).toBe(status);
    expect(response.headers().location, query).toBeUndefined();
  }
});

test("with JavaScript, the finders are links that follow the place as it is typed", async ({ page }) => {
  await stubFinders(page);
  await page.goto("/careers/medical-assistants");
  const section = page.locator("#start");
  const jobs = section.getByRole("link", { name: /Job openings/ });
  await expect(jobs).toHaveAttribute("href", "https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx?keyword=Medical+Assistants");
  await expect(section.getByRole("status")).toHaveText("The links below search the whole country.");

  await section.getByLabel(/ZIP code, city or state/).fill("Chicago, IL");
  await expect(jobs).toHaveAttribute("href", jobsNear);
  await expect(section.getByRole("link", { name: /Certifications/ })).toHaveAttribute("href", "https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx?keyword=Medical+Assistants");
  const apprenticeships = section.getByRole("link", { name: /Apprenticeships/ });
  await expect(apprenticeships).toHaveAttribute("href", "https://www.apprenticeship.gov/apprenticeship-job-finder");
  await expect(apprenticeships).toContainText("search there for “Medical Assistants” and your place");
  await expect(section.getByRole("status")).toHaveText("The links below search near “Chicago, IL”.");

  await section.getByLabel(/ZIP code, city or state/).fill("<b>Chicago</b>");
  await expect(section.getByRole("status")).toContainText("a character the finders cannot take");
  await expect(jobs).toHaveAttribute("href", "https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx?keyword=Medical+Assistants");
  await expectNoAxeViolations(page);

  await section.getByLabel(/ZIP code, city or state/).fill("60601");
  await jobs.click();
  await expect(page).toHaveURL("https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx?keyword=Medical+Assistants&location=60601");
});

test("the section has its heading in order, and buttons and links at least 44 px tall", async ({ page }) => {
  await page.goto("/careers/tour-and-travel-guides");
  await expect(page.locator("#start h2")).toHaveText("Start this career");
  await expect(page.locator('#start input[name="soc"]')).toHaveValue("39-7010");
  for (const finder of await page.locator("#start .finder").all()) expect((await finder.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect((await page.locator("#finder-place").boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test("the page and its printout cite the page and say where to look next", async ({ page, baseURL }) => {
  await page.goto("/careers/medical-assistants");
  const citation = `Medical Assistants. Workweek. ${baseURL}/careers/medical-assistants. Figures: BLS OEWS May 2025 (published April 2026), Employment Projections 2024–34 (published September 2025).`;
  await expect(page.locator("#sources .citation")).toContainText(`Cite this page: ${citation} Updated December 4, 2026.`);
  const { text } = await printedText(page, "A4");
  expect(text).toContain(squeeze(`Cite this page: ${citation} Updated December 4, 2026.`));
  expect(text.split(squeeze("Cite this page")).length, "the citation prints once").toBe(2);
  expect(text).toContain(squeeze("Where to look next: careeronestop.org (jobs, training, licenses, certifications: 31-9092 Medical Assistants) · apprenticeship.gov"));
  expect(text).not.toContain(squeeze("ZIP code, city or state"));
});

test("a certification links to its issuer's page where the profile gives one", async ({ page }) => {
  await page.goto("/careers/electricians");
  await expect(page.locator("#certifications").getByRole("link", { name: "PV Installation Professional" })).toHaveAttribute("href", "https://www.nabcep.org/");
});
