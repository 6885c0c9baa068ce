import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { contentFingerprint } from "@/lib/catalog/fingerprint";

it("the content fingerprint changes when a profile or categories.yml is saved or added, and only then", () => {
  const root = mkdtempSync(path.join(tmpdir(), "content-"));
  try {
    mkdirSync(path.join(root, "careers"));
    writeFileSync(path.join(root, "careers", "a.md"), "one");
    const first = contentFingerprint(root);
    expect(contentFingerprint(root)).toBe(first);
    writeFileSync(path.join(root, "careers", "a.md"), "one, edited");
    const edited = contentFingerprint(root);
    expect(edited).not.toBe(first);
    writeFileSync(path.join(root, "careers", "b.md"), "two");
    const added = contentFingerprint(root);
    expect(added).not.toBe(edited);
    writeFileSync(path.join(root, "categories.yml"), "sales: Selling things to people.");
    expect(contentFingerprint(root)).not.toBe(added);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
