/**
 * The editor's loop in `next dev`: breaking a profile shows its problems on its own page while the
 * other pages keep working, fixing it brings the page back without a manual reload, and drafts show
 * with a banner. Runs its own dev server on a copy of the content.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const port = Number(process.env.E2E_DEV_PORT ?? 3101);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
let contentDir = "";
let serverOutput = "";

test.describe.configure({ mode: "serial", timeout: 240_000 });

async function waitForServer(url: string, deadline: number) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the dev server did not answer ${url} in time:\n${serverOutput.slice(-2000)}`);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  contentDir = mkdtempSync(path.join(tmpdir(), "careers-dev-"));
  cpSync("content", contentDir, { recursive: true });
  server = spawn(path.resolve("node_modules/.bin/next"), ["dev", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "development", CONTENT_DIR: contentDir, NEXT_DIST_DIR: ".next-e2e-dev", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (chunk) => (serverOutput += chunk));
  server.stderr?.on("data", (chunk) => (serverOutput += chunk));
  // The first request compiles the page; later ones are quick.
  await waitForServer(`${origin}/careers/phlebotomists`, Date.now() + 200_000);
});

test.afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
  }
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

test("a broken profile shows its problems on its own page, other pages keep working, and the fix brings it back", async ({ page, browser }) => {
  const file = path.join(contentDir, "careers", "phlebotomists.md");
  const original = readFileSync(file, "utf8");
  const codeLine = original.split("\n").findIndex((line) => /^socCode:/.test(line)) + 1;
  expect(codeLine).toBeGreaterThan(0);

  // Wait until the page has asked the dev server for the content version once, so the save is a change.
  const firstCheck = page.waitForResponse((response) => response.url().endsWith("/dev/content-version"), { timeout: 60_000 });
  await page.goto(`${origin}/careers/phlebotomists`);
  await expect(page.getByRole("heading", { level: 1, name: "Phlebotomists" })).toBeVisible();
  await firstCheck;

  writeFileSync(file, original.replace(/^socCode:.*$/m, 'socCode: "31-9999"'));
  // The open page notices the save by itself.
  await expect(page.getByRole("heading", { level: 1, name: "This profile has a problem" })).toBeVisible({ timeout: 30_000 });
  const row = page.getByRole("row").filter({ hasText: "socCode" });
  await expect(row).toContainText(`${codeLine}:`);
  await expect(row).toContainText('"31-9999" is not an occupation of the national dataset');

  const other = await browser.newPage();
  await other.goto(`${origin}/careers/medical-assistants`);
  await expect(other.getByRole("heading", { level: 1, name: "Medical Assistants" })).toBeVisible();
  await other.goto(`${origin}/careers`);
  await expect(other.getByRole("heading", { level: 1, name: "Find a career" })).toBeVisible();
  await other.close();

  writeFileSync(file, original);
  await expect(page.getByRole("heading", { level: 1, name: "Phlebotomists" })).toBeVisible({ timeout: 30_000 });
});

test("a draft is visible in development, with a banner", async ({ page }) => {
  cpSync("tests/fixtures/e2e/careers/draft-profile.md", path.join(contentDir, "careers", "draft-profile.md"));
  await page.goto(`${origin}/careers/draft-profile`);
  await expect(page.getByRole("heading", { level: 1, name: "Unpublished Draft Examples" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("This profile is not published");
});
