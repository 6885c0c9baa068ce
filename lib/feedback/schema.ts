/** What a reader sends about a page: the feedback form's fields, checked and normalised. No I/O. */
import { z } from "zod";

export const feedbackKinds = ["figure-wrong", "missing", "experience", "other"] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const feedbackKindLabels: Record<FeedbackKind, string> = {
  "figure-wrong": "A figure looks wrong",
  missing: "Something is missing",
  experience: "My experience in this job",
  other: "Other",
};

export const maxMessageLength = 2_000;
export const maxEmailLength = 254;

/** Control characters other than tab and newline, NUL, the replacement character (bytes that were not UTF-8) and non-characters. */
const notText = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/;
/** A lone surrogate: half a character, never text. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const message = z
  .string({ error: "Write a message." })
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Write a message." })
      .max(maxMessageLength, { error: (issue) => `The message is ${String(issue.input).length.toLocaleString("en-US")} characters long; the limit is ${maxMessageLength.toLocaleString("en-US")}.` })
      .refine((text) => !notText.test(text) && !loneSurrogate.test(text), { error: "The message contains characters that are not text (control characters or binary data)." }),
  );

const email = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z.union([
      z.literal(""),
      z.email({ error: "The email address does not look right: check it, or leave it empty." }).max(maxEmailLength, { error: `The email address is longer than ${maxEmailLength} characters.` }),
    ]),
  )
  .transform((text) => (text === "" ? undefined : text));

/** The form's fields, checked; `isCareer` says whether a slug is a page of the site. */
export function feedbackSubmissionSchema(isCareer: (slug: string) => boolean) {
  return z.object({
    career: z.string({ error: "The form does not say which page it is about." }).refine(isCareer, { error: "The form names a page this site does not have." }),
    kind: z.enum(feedbackKinds, { error: "Choose what kind of feedback this is." }),
    message,
    email: email.optional(),
  });
}

export type FeedbackSubmission = z.infer<ReturnType<typeof feedbackSubmissionSchema>>;

export type FeedbackField = "career" | "kind" | "message" | "email";
/** Validation problems by field, one message each, for the form to show. */
export type FeedbackProblems = Partial<Record<FeedbackField, string>>;

/** The fields of a submitted form, checked: the submission, or one message per field at fault. */
export function readSubmission(
  fields: Record<string, string | undefined>,
  isCareer: (slug: string) => boolean,
): { ok: true; submission: FeedbackSubmission } | { ok: false; problems: FeedbackProblems } {
  const parsed = feedbackSubmissionSchema(isCareer).safeParse(fields);
  if (parsed.success) return { ok: true, submission: parsed.data };
  const problems: FeedbackProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "career" || field === "kind" || field === "message" || field === "email") && !problems[field]) problems[field] = issue.message;
  }
  return { ok: false, problems };
}
