/**
 * Security headers for every response. The Content-Security-Policy allows only what the site uses:
 * its own scripts, styles, images and fonts, and video from the hosts named in the profiles.
 *
 * Scripts: Next.js streams its page data in inline <script> tags. A per-request nonce would make
 * every page dynamic (no static HTML, no CDN caching), so inline scripts are allowed instead; no
 * content can add a script, because Markdown is sanitised and no page renders raw HTML.
 */
import { finderHosts } from "../next-steps/finders";

export type Header = { key: string; value: string };

/**
 * Where a form may lead: this site, and the finders "Start this career" sends a reader to. Chromium
 * applies form-action to the redirects that follow a submission too, so the /go form's 303 to a
 * finder is blocked unless the finder's origin is named here (tests/e2e/next-steps.spec.ts).
 */
const formTargets = finderHosts.map((host) => `https://${host}`);

export function contentSecurityPolicy({ mediaOrigins = [], development = false }: { mediaOrigins?: readonly string[]; development?: boolean }): string {
  const origins = [...new Set(mediaOrigins)];
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...origins].join(" "),
    "font-src 'self'",
    ["media-src 'self'", ...origins].join(" "),
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  return directives.join("; ");
}

/**
 * `https`: the site is served over https (SITE_URL), so browsers are told to use nothing else for
 * two years (HSTS). Left out for http, where it would be ignored, and in development.
 */
export function securityHeaders(options: { mediaOrigins?: readonly string[]; development?: boolean; https?: boolean }): Header[] {
  return [
    ...(options.https && !options.development ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** Origins of the profile videos, for `media-src`: only https URLs the schema already accepted. */
export function mediaOrigins(urls: ReadonlyArray<string | undefined>): string[] {
  const origins = urls.flatMap((url) => {
    if (!url) return [];
    try {
      const parsed = new URL(url);
      return parsed.protocol === "https:" ? [parsed.origin] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)].sort();
}
