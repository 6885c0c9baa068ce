import { contentRoot, isDevelopment } from "@/lib/catalog";
import { contentFingerprint } from "@/lib/catalog/fingerprint";

export const dynamic = "force-dynamic";

/** Development only: the content's fingerprint, polled by the open page to refresh itself on a save. */
export function GET() {
  if (!isDevelopment) return new Response("Not found", { status: 404 });
  return new Response(contentFingerprint(contentRoot()), { headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });
}
