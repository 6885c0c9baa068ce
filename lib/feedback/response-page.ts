/**
 * The page a refused feedback POST answers with (400, 403, 413, 415, 429, 503): what went wrong, the
 * form again with the reader's text kept, and a link back. A route handler cannot render the site's
 * React layout, so this is a small self-contained page; every value in it passes through escapeHtml.
 */
import { feedbackKindLabels, feedbackKinds, type FeedbackProblems } from "./schema";
import { feedbackAction, feedbackFormText as text, feedbackLimits, honeypotField } from "./form-fields";
import { escapeHtml } from "../site/escape-html";

export type ResponsePage = {
  title: string;
  message: string;
  problems?: FeedbackProblems;
  /** The page the feedback is about, when it is one of ours. */
  career?: { slug: string; title: string };
  values?: { kind?: string; message?: string; email?: string };
};

const style = `
:root{color-scheme:light dark;--bg:#f7f6f2;--surface:#fff;--text:#1d1f24;--muted:#555a63;--border:#d9d6cc;--accent:#1f5f8b;--problem:#a3261a}
@media (prefers-color-scheme:dark){:root{--bg:#16181d;--surface:#1e2128;--text:#e9e7e1;--muted:#a9adb5;--border:#3a3f49;--accent:#8cc4ea;--problem:#f3a59b}}
body{margin:0;background:var(--bg);color:var(--text);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}a{color:var(--accent)}
.problem{color:var(--problem);font-weight:600}fieldset{border:1px solid var(--border);border-radius:8px;margin:0 0 1rem;padding:.5rem 1rem}
label{display:block;font-weight:600;margin-top:.75rem}fieldset label{font-weight:400;margin:.25rem 0}legend{font-weight:600}.site{font-weight:700;text-decoration:none;color:var(--text)}.hint{color:var(--muted);margin:.1rem 0 .3rem;font-size:.95rem}
textarea,input[type=email]{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid var(--muted);border-radius:6px;background:var(--surface);color:var(--text)}
button{margin-top:1rem;font:inherit;font-weight:600;padding:.6rem 1.2rem;border:0;border-radius:6px;background:var(--accent);color:var(--bg);cursor:pointer}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}`;

function form(career: { slug: string }, values: NonNullable<ResponsePage["values"]>, problems: FeedbackProblems): string {
  const checked = feedbackKinds.find((kind) => kind === values.kind) ?? feedbackKinds[0];
  const problem = (field: "message" | "email") => (problems[field] ? `<p id="${field}-problem" class="problem">${escapeHtml(problems[field])}</p>` : "");
  const described = (field: "message" | "email") => `${field}-hint${problems[field] ? ` ${field}-problem` : ""}`;
  const invalid = (field: "message" | "email") => (problems[field] ? ` aria-invalid="true"` : "");
  return (
    `<form method="post" action="${feedbackAction}"><input type="hidden" name="career" value="${escapeHtml(career.slug)}">` +
    `<fieldset><legend>${escapeHtml(text.kindLegend)}</legend>` +
    feedbackKinds
      .map((kind) => `<label><input type="radio" name="kind" value="${kind}"${kind === checked ? " checked" : ""}> ${escapeHtml(feedbackKindLabels[kind])}</label>`)
      .join("") +
    `</fieldset>` +
    `<label for="message">${escapeHtml(text.messageLabel)}</label><p id="message-hint" class="hint">${escapeHtml(text.messageHint)}</p>${problem("message")}` +
    `<textarea id="message" name="message" rows="8" required maxlength="${feedbackLimits.message}" aria-describedby="${described("message")}"${invalid("message")}>${escapeHtml(values.message ?? "")}</textarea>` +
    `<label for="email">${escapeHtml(text.emailLabel)}</label><p id="email-hint" class="hint">${escapeHtml(text.emailHint)}</p>${problem("email")}` +
    `<input id="email" name="email" type="email" autocomplete="email" maxlength="${feedbackLimits.email}" value="${escapeHtml(values.email ?? "")}" aria-describedby="${described("email")}"${invalid("email")}>` +
    `<div class="trap" aria-hidden="true"><label for="website">${escapeHtml(text.honeypotLabel)}</label><input id="website" name="${honeypotField}" type="text" tabindex="-1" autocomplete="off"></div>` +
    `<button type="submit">${escapeHtml(text.submit)}</button></form>`
  );
}

export function responsePage({ title, message, problems = {}, career, values }: ResponsePage): string {
  const back = career
    ? `<a href="/careers/${escapeHtml(career.slug)}">Back to ${escapeHtml(career.title)}</a>`
    : `<a href="/careers">Browse all careers</a>`;
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)} | Workweek</title><style>${style}</style></head>` +
    `<body><main><p><a class="site" href="/">Workweek</a></p><h1>${escapeHtml(title)}</h1><p class="problem" role="alert">${escapeHtml(message)}</p>` +
    (career && values ? `<h2>Your feedback</h2>${form(career, values, problems)}` : "") +
    `<p>${back}</p></main></body></html>`
  );
}
