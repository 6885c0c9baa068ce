import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { printedText, squeeze } from "./pdf";

const resultTitles = (page: Page) => page.locator(".career-list__title").allTextContents();
const count = async (page: Page) => Number((await page.locator(".result-count strong").textContent())?.match(/[\d,]+/)?.[0].replace(/,/g, ""));

for (const javaScriptEnabled of [true, false]) {
  test.describe(`browsing with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("searching from the form gives a shareable URL and matching results", async ({ page }) => {
      await page.goto("/careers");
      await page.getByLabel("Search careers").fill("nurs");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/\/careers\?q=nurs$/);
      const titles = await resultTitles(page);
      // Titles that start with the word come first (nurses, nursing assistants, nurse practitioners…).
      for (const title of titles.slice(0, 3)) expect(title).toMatch(/\bNurs/);
      expect(titles).toEqual(expect.arrayContaining(["Licensed Practical and Licensed Vocational Nurses", "Registered Nurses"]));
      await expect(page.locator(".result-count")).toContainText("matching “nurs”");
    });

    test("typos and abbreviations still find the career", async ({ page }) => {
      await page.goto("/careers?q=medcal+asistant");
      expect((await resultTitles(page))[0]).toBe("Medical Assistants");
      await page.goto("/careers?q=CMA");
      expect((await resultTitles(page))[0]).toBe("Medical Assistants");
    });

    test("each filter narrows the list, and the form keeps its values", async ({ page }) => {
      await page.goto("/careers");
      const all = await count(page);
      await page.getByLabel("Category").selectOption("healthcare");
      await page.getByRole("button", { name: "Apply filters" }).click();
      // The server redirects the form's every-field submission to the short link.
      await expect(page).toHaveURL(/\/careers\?category=healthcare$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Healthcare careers");
      await expect(page.locator(".lede")).toHaveText(/^Caring for patients and keeping clinics, hospitals and pharmacies running/);
      const healthcare = await count(page);
      expect(healthcare).toBeLessThan(all);
      await expect(page.getByLabel("Category")).toHaveValue("healthcare");

      // The panel folded once a filter was applied; the reader opens it to choose more.
      await page.getByText("Filter and sort (1 chosen)").click();
      await page.getByLabel("AI resilience").selectOption("ai-augmented");
      await page.getByLabel("Education needed, at most").selectOption("postsecondary-certificate");
      await page.getByLabel("License or certification").selectOption("required");
      await page.getByLabel("Median salary, at least").selectOption("40000");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/tier=ai-augmented/);
      await expect(page).toHaveURL(/education=postsecondary-certificate/);
      await expect(page).toHaveURL(/credential=required/);
      await expect(page).toHaveURL(/minSalary=40000/);
      await expect(page).not.toHaveURL(/=(&|$)|sort=/);
      expect(await resultTitles(page)).toContain("Licensed Practical and Licensed Vocational Nurses");
      expect(await count(page)).toBeLessThanOrEqual(healthcare);

      await page.getByRole("link", { name: /Healthcare.*remove/ }).click();
      await expect(page).not.toHaveURL(/category=/);
    });

    test("the category filter shows each category's count and only categories with careers", async ({ page }) => {
      await page.goto("/careers");
      const category = page.getByLabel("Category");
      const healthcare = await category.locator("option", { hasText: /^Healthcare \(\d+\)$/ }).textContent();
      await expect(category.locator("option", { hasText: "Military" })).toHaveCount(0);
      const counts = (await category.locator("option").allTextContents()).slice(1).map((label) => Number(label.match(/\((\d+)\)$/)?.[1]));
      expect(counts.every((n) => n > 0)).toBe(true);
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(await count(page));

      await category.selectOption("healthcare");
      await page.getByRole("button", { name: "Apply filters" }).click();
      expect(await count(page)).toBe(Number(healthcare?.match(/\((\d+)\)/)?.[1]));

      // A shared link naming an empty category still shows it, selected, with its 0.
      await page.goto("/careers?category=military");
      await expect(category).toHaveValue("military");
      await expect(category.locator("option:checked")).toHaveText("Military (0)");
      await expect(page.getByRole("heading", { name: "No careers match" })).toBeVisible();
    });

    test("sorting by median salary puts the best paid first", async ({ page }) => {
      await page.goto("/careers?sort=salary");
      const medians = await page.locator(".career-list__meta").allTextContents();
      const values = medians.map((text) => Number(text.match(/\$([\d,]+) median/)?.[1].replace(/,/g, "")));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      await expect(page.getByLabel("Sort by")).toHaveValue("salary");
    });

    test("pagination moves through the results", async ({ page }) => {
      await page.goto("/careers");
      const firstPage = await resultTitles(page);
      await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(page.getByRole("navigation", { name: "Pagination" }).locator("[aria-current=page]")).toHaveText("Page 2");
      const secondPage = await resultTitles(page);
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    });

    test("an empty result explains what to change", async ({ page }) => {
      await page.goto("/careers?q=nurse&category=legal");
      await expect(page.getByRole("heading", { name: "No careers match" })).toBeVisible();
      await page.getByRole("link", { name: "Search “nurse” without filters" }).click();
      await expect(page).toHaveURL(/\/careers\?q=nurse$/);
      await expect(page.locator(".career-list__title").first()).toBeVisible();
      expect(await resultTitles(page)).toContain("Registered Nurses");
    });

    test("a search that finds nothing offers the categories", async ({ page }) => {
      await page.goto("/careers?q=zzzz+qqqq");
      await expect(page.getByRole("heading", { name: "No careers match" })).toBeVisible();
      await expect(page.getByText("Or browse a category:")).toBeVisible();
      await page.locator(".empty-state").getByRole("link", { name: "Healthcare", exact: true }).click();
      await expect(page).toHaveURL(/\/careers\?category=healthcare$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Healthcare careers");
    });

    test("compare: add, remove, and unknown slugs", async ({ page }) => {
      await page.goto("/compare?careers=medical-assistants,not-a-career,phlebotomists");
      await expect(page.getByRole("status")).toContainText("We found no career matching “not-a-career”");
      const headers = page.locator(".compare-table thead th");
      await expect(headers).toHaveText([/Medical Assistants/, /Phlebotomists/]);
      await expect(page.locator(".compare-table")).toContainText("$45,690");
      await expect(page.locator(".compare-table")).toContainText("CMA, RMA, NCMA, CCMA");

      // Typing a title adds its best match; a typo still finds it.
      await page.getByLabel("Job title").fill("dentl assistant");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await expect(page).toHaveURL(/\/compare\?careers=medical-assistants,phlebotomists,dental-assistants$/);
      await expect(headers).toHaveCount(3);

      // Suggestions are the compared careers' related ones, one click each.
      await page.getByRole("link", { name: "Add Licensed Practical and Licensed Vocational Nurses" }).click();
      await expect(page).toHaveURL(/\/compare\?careers=medical-assistants,phlebotomists,dental-assistants,licensed-practical-nurses$/);
      await expect(headers).toHaveCount(4);
      await expect(page.getByText("You are comparing the most careers at once (4)")).toBeVisible();
      await page.getByRole("link", { name: "Remove Licensed Practical and Licensed Vocational Nurses" }).click();

      await page.getByLabel("Job title").fill("zzzz qqqq");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await expect(page.getByRole("status")).toContainText("We found no career matching “zzzz qqqq”");
      await expect(headers).toHaveCount(3);

      await page.getByRole("link", { name: "Remove Phlebotomists" }).click();
      await expect(page).toHaveURL(/\/compare\?careers=medical-assistants,dental-assistants$/);
      await expect(headers).toHaveText([/Medical Assistants/, /Dental Assistants/]);
    });
  });
}

test("a profile opens the comparison with this career alone, and the reader adds the others", async ({ page }) => {
  await page.goto("/careers/medical-assistants");
  await page.getByRole("link", { name: "Compare with…" }).click();
  await expect(page).toHaveURL(/\/compare\?careers=medical-assistants$/);
  await expect(page.locator(".compare-table")).toHaveCount(0);
  await expect(page.getByText("Add at least one more career to compare with")).toBeVisible();
  // Its related careers are suggested; none is added until the reader chooses one.
  await page.getByRole("link", { name: /Phlebotomists/ }).first().click();
  await expect(page).toHaveURL(/\/compare\?careers=medical-assistants,phlebotomists$/);
  await expect(page.locator(".compare-table thead th")).toHaveCount(2);
});

test("a filter-form URL redirects once to its short link, keeping what matters", async ({ request, page }) => {
  const response = await request.get("/careers?q=&category=healthcare&tier=&education=&minSalary=&credential=&sort=relevance", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/careers\?category=healthcare$/);

  for (const tidy of ["/careers", "/careers?category=healthcare", "/careers?q=nurse&sort=title", "/careers?category=wizardry"]) {
    expect((await request.get(tidy, { maxRedirects: 0 })).status(), tidy).toBe(200);
  }

  // Every list link the site writes is already tidy (the client router prefetches them).
  await page.goto("/careers?q=nurse&category=healthcare&tier=ai-augmented");
  const links = await page.locator('a[href^="/careers?"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  expect(links.length).toBeGreaterThan(2);
  for (const link of links) expect((await request.get(link, { maxRedirects: 0 })).status(), link).toBe(200);

  // An invalid value survives the redirect and is still reported.
  await page.goto("/careers?q=nurse&category=wizardry&tier=&sort=relevance");
  await expect(page).toHaveURL(/\/careers\?q=nurse&category=wizardry$/);
  await expect(page.locator(".notice")).toHaveText('Ignored category "wizardry": not one we know.');
  await expect(page.getByLabel("Search careers")).toHaveValue("nurse");
});

test("a page number past the end shows the last page, and the canonical link names it", async ({ page, baseURL }) => {
  await page.goto("/careers?page=999");
  const current = await page.getByRole("navigation", { name: "Pagination" }).locator("[aria-current=page]").textContent();
  const last = Number(current?.match(/\d+/)?.[0]);
  expect(last).toBeGreaterThan(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/careers?page=${last}`);
});

test("repeated parameters use the first value and say so", async ({ page }) => {
  await page.goto("/careers?q=nurse&q=welder");
  await expect(page.locator(".notice")).toHaveText('The link gives 2 values for search; used the first, "nurse".');
  expect(await resultTitles(page)).toContain("Registered Nurses");
});

// The profile first; the occupation without a profile whose official title names the word among the first three.
const welding = ["Welders, Cutters, Solderers, and Brazers", "Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders"];

test("search results are relevant: the placeholder's examples and a typo", async ({ page }) => {
  for (const query of ["welding", "welidng"]) {
    await page.goto(`/careers?q=${query}`);
    const titles = await resultTitles(page);
    expect(titles[0], query).toBe(welding[0]);
    expect(titles.slice(0, 3), query).toContain(welding[1]);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a search shows its first results on the first screen, with the filters folded away until wanted", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel(/Search \d+ careers/).fill("nurse");
    await page.getByLabel(/Search \d+ careers/).press("Enter");
    await expect(page).toHaveURL(/\/careers\?q=nurse$/);
    const first = page.locator(".career-list__title").first();
    expect((await first.boundingBox())?.y).toBeLessThan(844 - 40);
    await expect(page.getByLabel("Category")).toBeHidden();
    await page.getByText("Filter and sort", { exact: true }).click();
    await page.getByLabel("Category").selectOption("healthcare");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/careers\?q=nurse&category=healthcare$/);
    // Applied, the panel folds away again: it says how many are chosen, and the results come first.
    await expect(page.getByText("Filter and sort (1 chosen)")).toBeVisible();
    await expect(page.getByLabel("Category")).toBeHidden();
    expect((await page.locator(".career-list__title").first().boundingBox())?.y).toBeLessThan(844 - 40);
    await page.getByText("Filter and sort (1 chosen)").click();
    await expect(page.getByLabel("Category")).toHaveValue("healthcare");
  });

  test("browsing without a search shows the filters", async ({ page }) => {
    await page.goto("/careers");
    await expect(page.getByLabel("Category")).toBeVisible();
  });
});

test("a search that matched only a similar spelling says so", async ({ page }) => {
  await page.goto("/careers?q=welidng");
  await expect(page.getByText("Nothing matches “welidng” as typed: these careers match a similar spelling.")).toBeVisible();
  const titles = await resultTitles(page);
  expect(titles[0]).toBe(welding[0]);
  expect(titles.slice(0, 3)).toContain(welding[1]);
  await page.goto("/careers?q=welding");
  await expect(page.locator(".close-spellings")).toHaveCount(0);
});

test("a filtered list prints with its address and date, and without the form", async ({ page, baseURL }) => {
  const list = "/careers?category=healthcare&tier=ai-augmented";
  await page.goto(list);
  const { text } = await printedText(page, "A4");
  for (const expected of ["Healthcare careers", "Medical Assistants", "$45,690 median", `${baseURL}${list}`]) expect(text, expected).toContain(squeeze(expected));
  expect(text).toMatch(/Printed[A-Z][a-z]+\d{1,2},\d{4}/);
  for (const absent of ["Skip to content", "Search careers", "Apply filters"]) expect(text, absent).not.toContain(squeeze(absent));
});

test("hostile query parameters never break the pages", async ({ request }) => {
  const paths = [
    "/careers?q=" + "%F0%9F%98%80".repeat(500),
    "/careers?page=99999999999999999999&sort=__proto__&category=constructor",
    "/careers?q=%00%3Cscript%3E&minSalary=-5&tier[]=x&education=%E0%A4%A",
    "/careers?q=a&q=b&q=c&category=healthcare&category=legal",
    "/compare?careers=" + "x,".repeat(3000),
    "/compare?careers=%3Cscript%3Ealert(1)%3C/script%3E&add=medical-assistants",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text()).not.toContain("<script>alert(1)");
  }
});

test("home: search, categories, tiers and a way in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Healthcare" })).toBeVisible();
  await expect(page.getByRole("figure")).toContainText("AI-Augmented");
  await page.getByLabel(/Search \d+ careers/).fill("electrician");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/careers\?q=electrician/);
  expect((await resultTitles(page))[0]).toBe("Electricians");
});

for (const path of ["/", "/careers", "/careers?q=nurse&category=healthcare", "/careers?q=zzzzzz", "/compare?careers=medical-assistants,phlebotomists"]) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test.describe("a search no career is called", () => {
  test.use({ javaScriptEnabled: false });

  test("says so plainly, and offers the closest categories instead of calling mentions matches", async ({ page }) => {
    await page.goto("/careers?q=blueprints");
    await expect(page.locator(".result-count")).toHaveText(/^No career is called “blueprints”: \d+ careers only mention it$/);
    await expect(page.locator(".near-matches")).toContainText("Closest categories:");
    await page.locator(".near-matches").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/careers\?category=[a-z-]+$/);
  });

  test("offers occupations whose title is spelled close to the search, and never corrects a real word into another", async ({ page }) => {
    await page.goto("/careers?q=astronaut");
    await expect(page.getByRole("heading", { name: "No careers match" })).toBeVisible();
    await expect(page.locator(".close-spellings")).toHaveCount(0);
    await page.goto("/careers?q=cop");
    expect((await resultTitles(page))[0]).toBe("Police and Sheriff's Patrol Officers");
    await expect(page.locator(".result-count")).toContainText("matching “cop”");
  });
});
