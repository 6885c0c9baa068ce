/** The feedback form's fields (lib/feedback/schema.ts): what is refused, with which message, and what is kept as plain text. */
import { describe, expect, it } from "vitest";
import { readSubmission } from "@/lib/feedback/schema";

const isCareer = (slug: string) => slug === "electricians";
const read = (fields: Record<string, string | undefined>) => readSubmission({ career: "electricians", kind: "other", message: "Hello", ...fields }, isCareer);

describe("feedback fields", () => {
  it("accepts a message, trims it and makes line ends \\n; an empty email is no email", () => {
    expect(read({ message: "  First line\r\nsecond\tline  ", email: "" })).toEqual({
      ok: true,
      submission: { career: "electricians", kind: "other", message: "First line\nsecond\tline", email: undefined },
    });
  });

  it("keeps markup as plain text", () => {
    const message = `<script>alert(1)</script><img src=x onerror=alert(2)> **bold** & "quotes"`;
    expect(read({ message })).toMatchObject({ ok: true, submission: { message } });
  });

  it.each([
    ["missing", undefined, "Write a message."],
    ["empty", "", "Write a message."],
    ["only spaces", " \n\t ", "Write a message."],
    ["2,001 characters", "x".repeat(2_001), "The message is 2,001 characters long; the limit is 2,000."],
    ["a NUL", "hello\u0000world", "The message contains characters that are not text (control characters or binary data)."],
    ["a terminal escape", "hello \u001b[31mred", "The message contains characters that are not text (control characters or binary data)."],
    ["bytes that were not UTF-8", "PK\u0003\u0004\uFFFD\uFFFD", "The message contains characters that are not text (control characters or binary data)."],
    ["a lone surrogate", "half \uD83D of an emoji", "The message contains characters that are not text (control characters or binary data)."],
  ])("refuses a message that is %s", (_, message, problem) => {
    expect(read({ message })).toEqual({ ok: false, problems: { message: problem } });
  });

  it("accepts exactly 2,000 characters", () => {
    expect(read({ message: "é".repeat(2_000) }).ok).toBe(true);
  });

  it.each(["not-an-email", "a@b", "<a@example.org>", `${"a".repeat(250)}@example.org`])("refuses the email %j", (email) => {
    const result = read({ email });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.email).toMatch(/email address/);
  });

  it("refuses an unknown page and an unknown kind", () => {
    expect(read({ career: "nobody" })).toEqual({ ok: false, problems: { career: "The form names a page this site does not have." } });
    expect(read({ kind: "spam" })).toEqual({ ok: false, problems: { kind: "Choose what kind of feedback this is." } });
  });
});
