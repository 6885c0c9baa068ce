/**
 * Feedback on a page (issue 16), in a browser with JavaScript off, against the production server
 * (scripts/serve.ts behind its front door) and the SQLite file it writes (.e2e/feedback-<port>.sqlite,
 * scripts/e2e-server.ts): send → thank-you page → the row is there; bad input, another origin, the
 * honeypot and the rate limit; axe on the form and the thank-you page.
 */
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { openSqliteStore } from "../../lib/feedback/sqlite-store";
import { expectNoAxeViolations } from "./axe";

test.describe.configure({ mode: "serial" });

const port = process.env.E2E_PORT ?? "3100";
const dbFile = path.resolve(`.e2e/feedback-${port}.sqlite`);

async function storedMessages(): Promise<string[]> {
  const store = await openSqliteStore(dbFile);
  try {
    return (await store.list()).map((entry) => entry.message);
  } finally {
    await store.close();
  }
}

/** A form POST as a browser on `origin` would send it, from a client of its own (X-Forwarded-For; the e2e server trusts it). */
function postForm(request: APIRequestContext, fields: Record<string, string>, { origin, client }: { origin?: string; client: string }) {
  return request.post("/feedback", {
    form: { career: "electricians", kind: "other", message: "", email: "", website: "", ...fields },
    headers: { ...(origin ? { Origin: origin } : {}), "X-Forwarded-For": client },
    maxRedirects: 0,
  });
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader sends feedback from a profile without JavaScript, lands on a thank-you page that links back, and it is stored once", async ({ page }) => {
    const profile = await page.goto("/careers/electricians");
    // The page with the form is still built at build time (static), not rendered per request.
    expect(profile?.headers()["cache-control"]).toContain("s-maxage=31536000");
    const form = page.getByRole("region", { name: "Feedback on this page" });
    await form.getByRole("radio", { name: "Something is missing" }).check();
    const message = `E2E ${Date.now()}: <b>night shifts</b> & overtime are not mentioned`;
    await form.getByRole("textbox", { name: "Your message" }).fill(message);
    await form.getByRole("textbox", { name: "Email for a reply (optional)" }).fill("reader@example.org");
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(page).toHaveURL(/\/feedback\/thanks\?career=electricians$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thank you for your feedback" })).toBeVisible();
    await page.getByRole("link", { name: "Back to Electricians" }).click();
    await expect(page).toHaveURL(/\/careers\/electricians$/);
    expect((await storedMessages()).filter((stored) => stored === message)).toHaveLength(1);
  });

  test("a message over the limit is refused with a clear message, the text kept (as text), and nothing stored", async ({ page }) => {
    await page.goto("/careers/electricians");
    const form = page.getByRole("region", { name: "Feedback on this page" });
    const textbox = form.getByRole("textbox", { name: "Your message" });
    // Past the browser's maxlength, as a script or an old browser could send it.
    await textbox.evaluate((element) => element.removeAttribute("maxlength"));
    const message = `<script>window.pwned = 1</script>${"x".repeat(2_000)}`;
    await textbox.fill(message);
    const before = (await storedMessages()).length;
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your feedback" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveText("The message is 2,033 characters long; the limit is 2,000.");
    await expect(page.getByRole("textbox", { name: "Your message" })).toHaveValue(message);
    expect((await storedMessages()).length).toBe(before);
    await page.getByRole("link", { name: "Back to Electricians" }).click();
    await expect(page).toHaveURL(/\/careers\/electricians$/);
  });
});

test.describe("accessibility (axe needs JavaScript in the page it checks)", () => {
  test("the form on a figures-only page, the thank-you page and the error page pass axe", async ({ page }) => {
    await page.goto("/careers/tour-and-travel-guides");
    const form = page.getByRole("region", { name: "Feedback on this page" });
    await expect(form.getByRole("group", { name: "What is it about?" })).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Your message" })).toHaveAttribute("maxlength", "2000");
    await expectNoAxeViolations(page);
    await page.goto("/feedback/thanks?career=tour-and-travel-guides");
    await expect(page.getByRole("link", { name: "Back to Tour and Travel Guides" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/careers/tour-and-travel-guides");
    await form.getByRole("textbox", { name: "Email for a reply (optional)" }).fill("not-an-email");
    await form.getByRole("textbox", { name: "Your message" }).fill("Guides in my town earn more.");
    // The browser's own check would stop it first; the server's is what a browser without one gets.
    await page.locator("form.feedback-form").evaluate((element) => element.setAttribute("novalidate", ""));
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("alert")).toHaveText("The email address does not look right: check it, or leave it empty.");
    await expectNoAxeViolations(page);
  });
});

test("a POST from another site is refused (403) and nothing is stored; a filled honeypot is thanked and not stored", async ({ request, baseURL }) => {
  const before = (await storedMessages()).length;
  const crossSite = await postForm(request, { message: "from elsewhere" }, { origin: "https://evil.example", client: "192.0.2.10" });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("sent from another site");
  const trapped = await postForm(request, { message: "buy now", website: "https://spam.example" }, { origin: baseURL, client: "192.0.2.11" });
  expect(trapped.status()).toBe(303);
  expect(trapped.headers().location).toBe("/feedback/thanks?career=electricians");
  expect((await storedMessages()).length).toBe(before);
});

test("one client may send 5 messages in 10 minutes; the sixth is 429 with Retry-After, and others still get through", async ({ request, baseURL }) => {
  const client = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  for (let index = 0; index < 5; index++) {
    expect((await postForm(request, { message: `rate ${client} ${index}` }, { origin: baseURL, client })).status()).toBe(303);
  }
  const refused = await postForm(request, { message: "one too many" }, { origin: baseURL, client });
  expect(refused.status()).toBe(429);
  expect(refused.headers()["retry-after"]).toBe("600");
  expect(await refused.text()).toContain("Please wait a few minutes");
  expect((await postForm(request, { message: `rate other ${client}` }, { origin: baseURL, client: "203.0.113.250" })).status()).toBe(303);
});

test("200 concurrent submissions over HTTP are each stored exactly once", async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const run = Date.now();
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, index) => postForm(request, { message: `burst ${run} ${index}` }, { origin: baseURL, client: `10.${run % 200}.${index}.1` })),
  );
  expect(answers.map((answer) => answer.status()).filter((status) => status !== 303)).toEqual([]);
  const stored = (await storedMessages()).filter((message) => message.startsWith(`burst ${run} `));
  expect(stored).toHaveLength(200);
  expect(new Set(stored).size).toBe(200);
});

test("the front door takes POST on /feedback only", async ({ request }) => {
  const elsewhere = await request.post("/careers/electricians", { form: { message: "x" }, maxRedirects: 0 });
  expect(elsewhere.status()).toBe(405);
  expect(elsewhere.headers().allow).toBe("GET, HEAD");
});
