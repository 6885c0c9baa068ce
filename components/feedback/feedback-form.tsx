import { feedbackKindLabels, feedbackKinds } from "@/lib/feedback/schema";
import { feedbackAction, feedbackFormText as text, feedbackLimits, honeypotField } from "@/lib/feedback/form-fields";

/**
 * The feedback form at the end of every profile and figures-only page: a plain POST to /feedback
 * (app/feedback/route.ts), so it works without JavaScript and the page stays static. A refused
 * submission comes back re-filled on lib/feedback/response-page.ts, which mirrors this markup.
 */
export function FeedbackForm({ career }: { career: string }) {
  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      <form method="post" action={feedbackAction} className="feedback-form">
        <input type="hidden" name="career" value={career} />
        <fieldset>
          <legend>{text.kindLegend}</legend>
          {feedbackKinds.map((kind) => (
            <label key={kind} className="feedback-form__choice">
              <input type="radio" name="kind" value={kind} defaultChecked={kind === feedbackKinds[0]} /> {feedbackKindLabels[kind]}
            </label>
          ))}
        </fieldset>
        <label htmlFor="feedback-message">{text.messageLabel}</label>
        <p id="feedback-message-hint" className="feedback-form__hint">
          {text.messageHint}
        </p>
        <textarea
          id="feedback-message"
          name="message"
          rows={5}
          required
          maxLength={feedbackLimits.message}
          aria-describedby="feedback-message-hint"
        />
        <label htmlFor="feedback-email">{text.emailLabel}</label>
        <p id="feedback-email-hint" className="feedback-form__hint">
          {text.emailHint}
        </p>
        <input
          id="feedback-email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={feedbackLimits.email}
          aria-describedby="feedback-email-hint"
        />
        <div className="feedback-form__trap" aria-hidden="true">
          <label htmlFor="feedback-website">{text.honeypotLabel}</label>
          <input id="feedback-website" name={honeypotField} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="feedback-form__hint feedback-form__privacy">{text.privacy}</p>
        <button type="submit" className="button">
          {text.submit}
        </button>
      </form>
    </section>
  );
}
