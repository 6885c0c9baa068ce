import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { printedPages } from "./pdf";

const groupHeadings = [/^Ready now \(\d+\)$/, /^A certificate or apprenticeship \(\d+\)$/, /^A degree \(\d+\)$/];
const resultTitles = (page: Page) => page.locator(".fit-item__title").allTextContents();
const activity = (page: Page, index: number) => page.locator(".fit-activity").nth(index);

/** Answers the activities as given (one letter each: l like, n not sure, d dislike, - skip) by clicking their labels. */
async function answer(page: Page, letters: string) {
  const labels: Record<string, string> = { l: "Like", n: "Not sure", d: "Dislike" };
  for (const [index, letter] of [...letters].entries()) {
    if (letter !== "-") await activity(page, index).getByLabel(labels[letter], { exact: true }).check();
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the fit questionnaire with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("answering the activities and limits gives grouped, explained results at a compact link that reproduces them", async ({ page }) => {
      await page.goto("/fit");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find careers that fit you");
      await expect(page.locator(".fit-activity")).toHaveCount(30);
      // Likes the hands-on activities (every sixth, from the first), dislikes the rest.
      const letters = Array.from({ length: 30 }, (_, index) => (index % 6 === 0 ? "l" : "d")).join("");
      await answer(page, letters);
      await page.getByLabel("Minimum pay, a year").selectOption("40000");
      await page.getByLabel("AI task exposure").selectOption("not-high");
      await page.getByRole("button", { name: "Show careers that fit" }).click();

      await expect(page).toHaveURL(new RegExp(`/fit\\?a=${letters}&pay=40000&ai=not-high$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Careers that fit you");
      await expect(page).toHaveTitle(/^Careers that fit: Realistic interests/);
      const headings = page.getByRole("heading", { level: 2 });
      for (const heading of groupHeadings) await expect(headings.filter({ hasText: heading })).toHaveCount(1);
      const why = page.locator(".fit-item__why").first();
      await expect(why).toContainText(/^Why: (Strong|Good) fit \(0\.\d\d\) · job: Realistic/);
      await expect(why).toContainText(/you: Realistic · \$[\d,]+ median pay/);
      await expect(page.locator(".active-filters")).toContainText("Pay at least $40,000 a year");
      await expect(page.locator(".fit-method")).toContainText("Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.");
      const titles = await resultTitles(page);
      expect(titles.length).toBe(30);

      // The link alone reproduces the result: sent to someone else, reopened later.
      const url = page.url();
      const other = await page.context().newPage();
      await other.goto(url);
      expect(await resultTitles(other)).toEqual(titles);
      await other.close();

      // Change one answer: the form comes back pre-filled, and only that answer changes.
      await page.getByRole("link", { name: "Change one answer" }).click();
      await expect(page).toHaveURL(/&edit=1$/);
      await expect(activity(page, 0).getByLabel("Like", { exact: true })).toBeChecked();
      await expect(activity(page, 1).getByLabel("Dislike", { exact: true })).toBeChecked();
      await expect(page.getByLabel("Minimum pay, a year")).toHaveValue("40000");
      await activity(page, 1).getByLabel("Like", { exact: true }).check();
      await page.getByRole("button", { name: "Show careers that fit" }).click();
      await expect(page).toHaveURL(new RegExp(`/fit\\?a=ll${letters.slice(2)}&pay=40000&ai=not-high$`));
      await expect(page.locator(".fit-scores")).toContainText("Investigative −3");
    });

    test("the quick path: two areas and an education limit", async ({ page }) => {
      await page.goto("/fit");
      await page.getByRole("checkbox", { name: /^Social/ }).check();
      await page.getByRole("checkbox", { name: /^Artistic/ }).check();
      await page.getByLabel("Education you are willing to complete, at most").selectOption("associate");
      await page.getByRole("button", { name: "Show careers that fit" }).click();
      await expect(page).toHaveURL(/\/fit\?areas=as&edu=associate$/);
      await expect(page).toHaveTitle(/^Careers that fit: Artistic \+ Social interests, up to an associate's degree/);
      await expect(page.locator(".fit-profile")).toContainText("You picked Artistic and Social");
      // Only associate's degrees in the degree group: the limit is strict.
      const degree = page.locator(".fit-group").filter({ has: page.getByRole("heading", { name: /^A degree/ }) });
      for (const line of await degree.locator(".fit-item__why").allTextContents()) expect(line).toContain("Associate's degree");

      // Adjusting a limit on the results keeps the answers.
      await page.getByLabel("Job outlook, 10 years").selectOption("growing");
      await page.getByRole("button", { name: "Update the list" }).click();
      await expect(page).toHaveURL(/\/fit\?areas=as&edu=associate&growth=growing$/);
      for (const line of await page.locator(".fit-item__why").allTextContents()) expect(line).toMatch(/Growing \(\+/);

      // "Show all" lists the rest of a group.
      const now = page.locator(".fit-group").first();
      const more = now.getByRole("link", { name: /^Show all/ });
      if ((await more.count()) > 0) {
        await more.click();
        await expect(page).toHaveURL(/more=now/);
        expect(await now.locator(".fit-item").count()).toBeGreaterThan(10);
      }
    });
  });
}

test("a damaged or hostile link explains itself with the form, never an error page", async ({ page, request }) => {
  const cases: Array<[string, RegExp]> = [
    ["/fit?a=lnd", /answers in this link are damaged: it has 3 answers instead of 30/],
    [`/fit?a=${"l".repeat(1000)}`, /far too long/],
    ["/fit?a=%C5%82%C5%82%C5%82", /damaged/],
    ["/fit?areas=ri&pay=-5", /minimum pay in this link, "-5", is not a whole number/],
    ["/fit?areas=ri&pay=NaN", /minimum pay/],
    ["/fit?areas=ri&edu=wizard", /education level in this link, "wizard", is not one the site offers/],
    ["/fit?areas=ri&areas=ri&areas=ri&areas=ri&areas=ri&areas=ri&areas=ri", /far more than the six/],
    ["/fit?areas=rias", /You picked 4 areas/],
    ["/fit?a=llllllllllllllllllllllllllllll&a=dddddddddddddddddddddddddddddd", /2 different values for the answers/],
  ];
  for (const [path, message] of cases) {
    await test.step(path.slice(0, 60), async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { name: "Something in this link needs fixing" })).toBeVisible();
      await expect(page.locator(".notice[role=alert]")).toContainText(message);
      await expect(page.locator(".fit-item")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Show careers that fit" })).toBeVisible();
    });
  }
  for (const path of ["/fit?__proto__=x&areas=r", "/fit?constructor=1&toString=2&areas=e", "/fit?a=%00%00&areas=c", "/fit?q31=l&areas=s"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBeLessThan(500);
  }
  // Longer than any address the site reads: the server's front door refuses it before the page.
  const tooLong = await request.get(`/fit?a=${"l".repeat(3000)}`, { maxRedirects: 0 });
  expect(tooLong.status()).toBe(414);
  expect(await tooLong.text()).toContain("Address too long");
  await page.goto("/fit?areas=ri&pay=-5");
  await expectNoAxeViolations(page);
});

test("the questionnaire and its results have no accessibility violations, and the results print on two pages", async ({ page }) => {
  // Four axe runs over pages of 90 radio buttons or a few hundred results: slow on a busy 2-core machine.
  test.setTimeout(120_000);
  await page.goto("/fit");
  await expectNoAxeViolations(page);
  await page.goto("/fit?a=ldnldnldnldnldnldnldnldnldnldn&edu=bachelor&pay=50000&ai=low&growth=not-declining");
  await expect(page.locator(".fit-item").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/fit?areas=ri&more=degree");
  await expectNoAxeViolations(page);
  await page.goto("/fit?a=ldddddldddddldddddldddddlddddd&pay=40000");
  for (const format of ["Letter", "A4"]) expect(await printedPages(page, format), format).toBeLessThanOrEqual(2);
});

test("the home page, the careers list and the methodology lead to /fit", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Find careers that fit your interests" }).click();
  await expect(page).toHaveURL(/\/fit$/);
  await page.goto("/careers");
  await expect(page.getByRole("link", { name: "Find careers that fit your interests" })).toHaveAttribute("href", "/fit");
  await page.getByRole("link", { name: "Find careers that fit your interests" }).click();
  await page.getByRole("checkbox", { name: /^Conventional/ }).check();
  await page.getByRole("button", { name: "Show careers that fit" }).click();
  await page.getByRole("link", { name: "More on the method and its limits" }).click();
  await expect(page).toHaveURL(/\/methodology#inside-careers-that-fit-you$/);
  await expect(page.getByRole("heading", { name: "Careers that fit you" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Interests are not abilities");
  await expect(page.getByRole("link", { name: "Careers that fit you" }).first()).toHaveAttribute("href", "/fit");
});
