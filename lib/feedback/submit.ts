/**
 * One feedback POST, start to end, apart from Next.js (app/feedback/route.ts is its thin wrapper):
 * size and type, same origin, honeypot, validation, rate limit and storage. Every failure is an
 * HTML page saying what happened, with the reader's text kept; a stored message (or a filled
 * honeypot, which is answered the same way and stores nothing) is a 303 to the thank-you page.
 */
import { clientKey } from "./client-key";
import { honeypotField } from "./form-fields";
import { isSameOrigin, type OriginHeaders } from "./origin";
import { feedbackRateLimit } from "./rate-limit";
import { responsePage, type ResponsePage } from "./response-page";
import { readSubmission } from "./schema";
import type { FeedbackStore, RateLimit } from "./store";

export const maxBodyBytes = 16 * 1024;

export type FeedbackRequest = {
  contentType: string | null;
  /** The body, read no further than maxBodyBytes + 1 (readBody). */
  body: Uint8Array;
  headers: OriginHeaders;
  clientAddress: string;
};

export type FeedbackContext = {
  siteOrigin: string;
  /** The page's title when the slug is a page of the site. */
  careerTitle: (slug: string) => string | undefined;
  store: () => Promise<FeedbackStore>;
  /** FEEDBACK_SECRET; the store's salt when undefined. */
  secret?: string;
  rateLimit?: RateLimit;
  now?: Date;
};

export type FeedbackResponse =
  | { status: 303; location: string }
  | { status: 400 | 403 | 413 | 415 | 429 | 503; html: string; retryAfterSeconds?: number };

/** Reads a request body, stopping once it passes `limit` bytes (the caller then refuses it). */
export async function readBody(stream: ReadableStream<Uint8Array> | null, limit = maxBodyBytes): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks);
}

export const thanksLocation = (slug: string) => `/feedback/thanks?career=${encodeURIComponent(slug)}`;

export async function handleFeedback(request: FeedbackRequest, context: FeedbackContext): Promise<FeedbackResponse> {
  const page = (status: Exclude<FeedbackResponse["status"], 303>, content: ResponsePage, retryAfterSeconds?: number): FeedbackResponse => ({
    status,
    html: responsePage(content),
    retryAfterSeconds,
  });
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(request.contentType ?? "")) {
    return page(415, { title: "Feedback not sent", message: "This address takes the feedback form on the site's pages, sent as a form." });
  }
  if (request.body.byteLength > maxBodyBytes) {
    return page(413, { title: "Feedback not sent", message: `The form sent more than ${maxBodyBytes / 1024} KB; a message can be up to 2,000 characters.` });
  }
  const form = new URLSearchParams(new TextDecoder().decode(request.body));
  const field = (name: string) => form.get(name) ?? undefined;
  const slug = field("career") ?? "";
  const title = context.careerTitle(slug);
  const career = title === undefined ? undefined : { slug, title };
  const values = { kind: field("kind"), message: field("message"), email: field("email") };

  if (!isSameOrigin(request.headers, context.siteOrigin)) {
    return page(403, {
      title: "Feedback not sent",
      message: "This form was sent from another site, or your browser did not say where it came from, so it was not accepted. Send it again from the page itself.",
      career,
      values,
    });
  }
  if ((field(honeypotField) ?? "") !== "") return { status: 303, location: thanksLocation(career ? slug : "") };

  const checked = readSubmission({ career: field("career"), kind: values.kind, message: values.message, email: values.email }, (candidate) => context.careerTitle(candidate) !== undefined);
  if (!checked.ok) {
    const { career: careerProblem, kind, ...problems } = checked.problems;
    const first = careerProblem ?? kind ?? problems.message ?? problems.email ?? "The form is not complete.";
    return page(400, { title: "Check your feedback", message: first, problems, career, values });
  }

  const limit = context.rateLimit ?? feedbackRateLimit;
  try {
    const store = await context.store();
    const key = clientKey(request.clientAddress, context.secret ?? (await store.salt()));
    const added = await store.add({ ...checked.submission, clientKey: key }, limit, context.now);
    if (!added.ok) {
      const minutes = Math.round(limit.windowMs / 60_000);
      return page(
        429,
        { title: "Too many messages", message: `You have sent ${limit.max} messages in the last ${minutes} minutes. Please wait a few minutes and send this one again.`, career, values },
        limit.windowMs / 1000,
      );
    }
  } catch (error) {
    console.error(`Feedback could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    return page(503, { title: "Feedback not saved", message: "Your message could not be saved just now. Please try again later; your text is below.", career, values });
  }
  return { status: 303, location: thanksLocation(slug) };
}
