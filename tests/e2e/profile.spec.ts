import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("the Medical Assistants profile", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/careers/medical-assistants");
  });

  test("shows the header and quick facts", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1, name: "Medical Assistants" })).toBeVisible();
    await expect(page.locator("#overview")).toContainText("Medical assistants get patients ready for the doctor");
    await expect(page.locator("#overview")).toContainText("Also known as:");
    await expect(page.locator("#overview")).toContainText("Certified Medical Assistant (CMA)");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Healthcare");
    const facts = page.getByRole("complementary", { name: "Quick facts" });
    // The national dataset's figures, each with its vintage (OEWS May 2025, Employment Projections 2024–34).
    await expect(facts).toContainText("$45,690 (May 2025)");
    await expect(facts).toContainText("Post-secondary certificate");
    await expect(facts).toContainText("+12.5% (2024–2034)");
    await expect(facts).toContainText("AI-Augmented · 4/6");
    await expect(facts).toContainText(/License or certification required\s*No/);
  });

  test("has every section in order, each with an id", async ({ page }) => {
    const ids = await page.locator("section.profile-section").evaluateAll((sections) => sections.map((section) => section.id));
    expect(ids).toEqual([
      "ai-resilience", "responsibilities", "time-split", "inside", "salary", "education",
      "certifications", "outlook", "skills", "video", "related", "start", "sources",
    ]);
    const headings = await page.locator("h1, h2, h3").evaluateAll((nodes) => nodes.map((node) => Number(node.tagName[1])));
    headings.forEach((level, index) => index > 0 && expect(level - headings[index - 1]).toBeLessThanOrEqual(1));
  });

  test("explains the AI resilience score", async ({ page }) => {
    const section = page.locator("#ai-resilience");
    await expect(section).toContainText("Score 4/6: growing job demand means AI will assist but humans remain essential");
    await expect(section).toContainText("AI-Augmented");
    await expect(section).toContainText("35.9% of tasks can be accelerated by AI");
    await expect(section).toContainText("+12.5% projected (2024–2034)");
    await expect(section).toContainText("EPOCH score: 14/25");
    await expect(section.getByRole("row", { name: /AI task exposure/ })).toContainText("1 of 2");
    await expect(section.getByRole("row", { name: /Job growth/ })).toContainText("2 of 2");
    await expect(section.getByRole("row", { name: /Human advantage/ })).toContainText("1 of 2");
    // EPOCH is explained where it is used, not only on /methodology.
    await expect(section).toContainText("EPOCH rates, from 1 to 5, how much the work rests on what people still do better than AI: Empathy");
    await expect(section.getByRole("link", { name: "How we score AI resilience" })).toHaveAttribute("href", "/methodology");
  });

  test("shows duties, the time split with its text, and the narrative", async ({ page }) => {
    await expect(page.locator("#responsibilities li")).toHaveCount(8);
    const split = page.locator("#time-split");
    await expect(split.locator("figcaption")).toBeVisible();
    await expect(split).toContainText(/Rooming patients and clinical tasks\s*50%/);
    await expect(split).toContainText(/Front-desk and charting work\s*30%/);
    await expect(split).toContainText(/Phones, refills and referrals\s*12%/);
    await expect(page.locator("#inside h3#inside-a-typical-day")).toHaveText("A typical day");
    await expect(page.locator("#inside")).toContainText("Most medical assistants work in doctors' offices and outpatient clinics");
  });

  test("shows salary, progression, education, certifications and outlook", async ({ page }) => {
    const salary = page.locator("#salary");
    await expect(salary.locator(".salary-median")).toContainText("$45,690median annual wage (May 2025), $21.97 an hour");
    for (const [stage, amount] of [["Entry", "$36,050"], ["Early career", "$38,470"], ["Mid-career", "$45,690"], ["Experienced", "$49,180"], ["Expert", "$59,310"]]) {
      await expect(salary.getByRole("listitem").filter({ hasText: stage }).first()).toContainText(amount);
    }
    await expect(salary).toContainText("Source: BLS Occupational Employment and Wage Statistics, May 2025, national, 31-9092. 817,870 wage-and-salary jobs.");
    const education = page.locator("#education");
    await expect(education).toContainText(/Typical entry education\s*Post-secondary certificate/);
    await expect(education).toContainText(/Work experience in a related job\s*None/);
    await expect(education).toContainText(/License or certification required\s*No/);
    await expect(education).toContainText("BLS Employment Projections 2024–34");
    const certifications = page.locator("#certifications");
    for (const abbreviation of ["CMA", "RMA", "NCMA", "CCMA"]) await expect(certifications).toContainText(abbreviation);
    await expect(certifications).toContainText("Issued by American Association of Medical Assistants (AAMA)");
    const outlook = page.locator("#outlook");
    await expect(outlook).toContainText("+12.5% over 2024–2034 (Growing)");
    await expect(outlook).toContainText("811,000 jobs in 2024, 912,200 projected for 2034");
    await expect(outlook).toContainText(/Openings each year\s*112,300/);
  });

  test("embeds the video without autoplay, preloading or a poster from another site", async ({ page, baseURL }) => {
    const video = page.locator("#video video");
    await expect(video).toHaveAttribute("preload", "none");
    // Our own still, never the profile's poster on another site.
    await expect(video).toHaveAttribute("poster", "/video-poster.svg");
    expect(await video.getAttribute("autoplay")).toBeNull();
  });

  test("contacts no other site until the reader presses play", async ({ page, baseURL }) => {
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin && !request.url().startsWith("data:")) elsewhere.push(request.url());
    });
    await page.goto("/careers/medical-assistants", { waitUntil: "networkidle" });
    await page.locator("#video").scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    expect(elsewhere).toEqual([]);
  });

  test("links related careers, which open their profiles", async ({ page }) => {
    const related = page.locator("#related");
    await expect(related.getByRole("listitem")).toHaveCount(6);
    await expect(related).toContainText(/median \(May 2025\)/);
    await related.getByRole("link", { name: "Phlebotomists" }).click();
    await expect(page).toHaveURL(/\/careers\/phlebotomists$/);
    await expect(page.getByRole("heading", { level: 1, name: "Phlebotomists" })).toBeVisible();
  });

  test("lists sources and the updated date", async ({ page }) => {
    const sources = page.locator("#sources");
    await expect(sources.getByRole("link", { name: /O\*NET OnLine/ })).toHaveAttribute("href", "https://www.onetonline.org/link/summary/31-9092.00");
    // The agency's own page for the code, from the dataset, even where the profile lists none.
    await expect(sources.getByRole("link", { name: /BLS Occupational Employment and Wages, May 2025/ })).toHaveAttribute("href", "https://www.bls.gov/oes/current/oes319092.htm");
    await expect(sources).toContainText("Profile last reviewed December 4, 2026.");
  });

  test("has no accessibility violations", async ({ page }) => {
    await expectNoAxeViolations(page);
  });
});

test("a wage BLS does not publish says so, and what is published is shown", async ({ page }) => {
  // Actors: BLS publishes hourly wages only (the annual columns are "*").
  await page.goto("/careers/actors");
  const salary = page.locator("#salary");
  await expect(salary.locator(".salary-median")).toContainText("median hourly wage (May 2025)");
  await expect(salary).toContainText("Annual wages: not published.");
  await expect(salary.locator("figure")).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Quick facts" })).toContainText(/Median salary\s*Not published/);
});

test("every page gives the same vintage: no profile shows figures older than the dataset's", async ({ page }) => {
  for (const slug of ["lawyers", "welders", "medical-assistants"]) {
    await page.goto(`/careers/${slug}`);
    await expect(page.getByRole("complementary", { name: "Quick facts" })).toContainText("(May 2025)");
    await expect(page.getByRole("complementary", { name: "Quick facts" })).toContainText("(2024–2034)");
    await expect(page.locator("main")).not.toContainText(/years old|May 2021|2020–2030/);
  }
});

test("the narrative's headings sit one rank below its section, so headings never skip a level", async ({ page }) => {
  await page.goto("/careers/medical-assistants");
  await expect(page.locator("#inside h2")).toHaveText(["Inside this career"]);
  await expect(page.locator("#inside h3").first()).toHaveText("A typical day");
  const levels = await page.locator("main :is(h1, h2, h3, h4, h5, h6)").evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
  expect(levels[0]).toBe(1);
  levels.slice(1).forEach((level, index) => expect(level, `heading ${index + 2}`).toBeLessThanOrEqual(levels[index] + 1));
});

test("a profile with only required fields has no empty sections", async ({ page }) => {
  await page.goto("/careers/minimal-profile");
  await expect(page.getByRole("heading", { level: 1, name: "Minimal Profile Examples" })).toBeVisible();
  const ids = await page.locator("section.profile-section").evaluateAll((sections) => sections.map((section) => section.id));
  expect(ids).toEqual(["ai-resilience", "responsibilities", "time-split", "inside", "salary", "education", "outlook", "start", "sources"]);
  await expect(page.locator("#overview")).not.toContainText("Also known as");
  for (const list of await page.locator("main ul, main ol, main dl").all()) {
    expect(await list.locator("li, dt").count(), await list.evaluate((node) => node.outerHTML.slice(0, 80))).toBeGreaterThan(0);
  }
  await expect(page.locator("#ai-resilience")).toContainText("Score 2/6: low AI task exposure, declining job demand, limited human advantage");
});

test("an unknown career is a real 404 that points to the list", async ({ page }) => {
  const response = await page.goto("/careers/no-such-career");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await page.getByRole("link", { name: "Browse all careers" }).click();
  await expect(page).toHaveURL(/\/careers$/);
  await page.goto("/careers/no-such-career");
  await expectNoAxeViolations(page);
  // It offers a search, which leads to the list of matches.
  await page.getByRole("searchbox", { name: "Search careers by job title, other names or skills" }).fill("phlebotomist");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/careers\?q=phlebotomist$/);
  await expect(page.getByRole("link", { name: "Phlebotomists" })).toBeVisible();
});

test("a profile address typed with capitals goes to the profile", async ({ page, request }) => {
  const response = await request.get("/careers/Registered-Nurses", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/careers\/registered-nurses$/);
  // Never a redirect built from an encoded slash, backslash or dot-segment: those could leave the site.
  for (const hostile of ["/careers/..%2F..%2F%5CEvil.example%2Fphish", "/careers/X%2F..%2F..%2F%5Cevil.example%2Flogin", "/careers/A%2F..%2F..%2Fx", "/careers/Nurse%2Fs"]) {
    const answer = await request.get(hostile, { maxRedirects: 0 });
    expect(answer.status(), hostile).not.toBe(308);
    expect(answer.headers().location, hostile).toBeUndefined();
  }
  await page.goto("/careers/MEDICAL-ASSISTANTS");
  await expect(page).toHaveURL(/\/careers\/medical-assistants$/);
  await expect(page.getByRole("heading", { level: 1, name: "Medical Assistants" })).toBeVisible();
});

test("an old slug from redirectFrom redirects permanently", async ({ request }) => {
  const response = await request.get("/careers/medical-records-and-health-information-technicians", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/careers/medical-records-specialists");
});

test("a profile links to editing its file and suggesting a correction", async ({ page }) => {
  await page.goto("/careers/medical-assistants");
  await expect(page.getByRole("link", { name: "Edit this profile" })).toHaveAttribute("href", /\/edit\/main\/content\/careers\/medical-assistants\.md$/);
  await expect(page.getByRole("link", { name: "Suggest a correction" })).toHaveAttribute("href", /\/issues\/new\?title=Correction%3A\+Medical\+Assistants/);
});

test("the development-only preview routes do not exist in production", async ({ request }) => {
  expect((await request.get("/dev/careers/medical-assistants")).status()).toBe(404);
  expect((await request.get("/dev/content-version")).status()).toBe(404);
});
