import { getOccupation } from "@/lib/catalog";
import { sharedFeedbackStore } from "@/lib/feedback/open-store";
import { handleFeedback, readBody } from "@/lib/feedback/submit";
import { clientAddressHeader } from "@/lib/server/client-address";
import { siteOrigin } from "@/lib/site/site";

export const dynamic = "force-dynamic";

/** The feedback form's POST (components/feedback/feedback-form.tsx); lib/feedback/submit.ts does the work. */
export async function POST(request: Request): Promise<Response> {
  const answer = await handleFeedback(
    {
      contentType: request.headers.get("content-type"),
      body: await readBody(request.body),
      headers: { origin: request.headers.get("origin"), referer: request.headers.get("referer"), host: request.headers.get("host") },
      clientAddress: request.headers.get(clientAddressHeader) ?? "unknown",
    },
    {
      siteOrigin: siteOrigin(),
      careerTitle: (slug) => getOccupation(slug)?.title,
      store: sharedFeedbackStore,
      secret: process.env.FEEDBACK_SECRET || undefined,
    },
  );
  if (answer.status === 303) return new Response(null, { status: 303, headers: { Location: answer.location, "Cache-Control": "no-store" } });
  return new Response(answer.html, {
    status: answer.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      ...(answer.retryAfterSeconds ? { "Retry-After": String(answer.retryAfterSeconds) } : {}),
    },
  });
}
