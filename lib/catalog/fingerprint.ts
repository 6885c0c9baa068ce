/** A fingerprint of the content files (names, sizes, times) that changes on every save. */
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function contentFingerprint(root: string): string {
  const hash = createHash("sha1");
  for (const folder of [root, path.join(/* turbopackIgnore: true */ root, "careers"), path.join(/* turbopackIgnore: true */ root, "pages")]) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const stat = statSync(path.join(folder, name), { throwIfNoEntry: false });
      if (stat?.isFile()) hash.update(`${folder}/${name}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}
