import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { contentRoot, isDevelopment } from "@/lib/careers";

export const dynamic = "force-dynamic";

/** Development only: a fingerprint of the content files (names, sizes, times) that changes on every save. */
export function GET() {
  if (!isDevelopment) return new Response("Not found", { status: 404 });
  const root = contentRoot();
  const parts: string[] = [];
  for (const folder of [root, path.join(root, "careers"), path.join(root, "pages")]) {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const stat = statSync(path.join(folder, name), { throwIfNoEntry: false });
      if (stat?.isFile()) parts.push(`${folder}/${name}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return new Response(String(hash(parts.join("\n"))), { headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });
}

function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (Math.imul(31, value) + text.charCodeAt(index)) | 0;
  return value >>> 0;
}
