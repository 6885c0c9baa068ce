import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/browser";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/careers`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
