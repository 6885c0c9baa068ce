/** Exits with one line saying how to get a browser when no Chromium is installed (used before browser tests). */
import { chromiumHint, findChromium } from "../tests/browser";

const found = findChromium();
if (!found) {
  console.error(chromiumHint);
  process.exit(1);
}
