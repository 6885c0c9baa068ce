import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Text extraction splits words at ligatures ("Certi fi ed"), so printed text is compared without whitespace. */
export const squeeze = (value: string) => value.normalize("NFKC").replace(/\s+/g, "");

/** Prints the page to PDF, as a reader's "Print" does, and opens the result. */
async function print(page: Page, format: string) {
  const pdf = await page.pdf({ format, preferCSSPageSize: true });
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
}

/** Prints the page to PDF and returns its page count. */
export async function printedPages(page: Page, format: string): Promise<number> {
  const document = await print(page, format);
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

/** Prints the page to PDF and returns its page count and its text, squeezed. */
export async function printedText(page: Page, format: string): Promise<{ pages: number; text: string }> {
  const document = await print(page, format);
  let text = "";
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: squeeze(text) };
}
