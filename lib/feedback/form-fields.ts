/** The feedback form's wording and field names, shared by the page's form and the error page's re-filled copy. */
import { maxEmailLength, maxMessageLength } from "./schema";

export const feedbackAction = "/feedback";
export const honeypotField = "website";

export const feedbackFormText = {
  heading: "Feedback on this page",
  intro: "Tell the editors what looks wrong or is missing, or what the job is like for you. We read every message.",
  kindLegend: "What is it about?",
  messageLabel: "Your message",
  messageHint: `Required, up to ${maxMessageLength.toLocaleString("en-US")} characters.`,
  emailLabel: "Email for a reply (optional)",
  emailHint: "Only the editors see it, and only to answer you.",
  honeypotLabel: "Leave this empty",
  submit: "Send feedback",
  privacy: "We keep your message and, if you give it, your email. We do not store your IP address.",
};

export const feedbackLimits = { message: maxMessageLength, email: maxEmailLength };
