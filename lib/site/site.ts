/** Site-wide constants and the public origin, in one typed place. */
import { z } from "zod";

export const siteConfig = {
  name: "Workweek",
  description:
    "What people in a job actually do all week, how to get in, what it pays, and how exposed it is to AI: clear, sourced career profiles.",
  /** Careers offered as starting points on the home page, when they exist. */
  featured: ["registered-nurses", "electricians", "software-developers", "medical-assistants", "accountants", "elementary-school-teachers"],
} as const;

export const defaultSiteUrl = "http://localhost:3000";

const originSchema = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .transform((value) => new URL(value))
  .refine((url) => url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "", {
    error: "must be an origin only, like https://careers.example.org (no path, query or credentials)",
  })
  .transform((url) => url.origin);

/**
 * The site's public origin from `SITE_URL` (default http://localhost:3000), used for canonical
 * URLs, link previews, structured data and the sitemap. Throws a one-line explanation when invalid;
 * next.config.ts calls it so a bad value stops `next build` and `next start` at once.
 */
export function siteOrigin(value: string | undefined = process.env.SITE_URL): string {
  if (value === undefined || value.trim() === "") return defaultSiteUrl;
  const parsed = originSchema.safeParse(value.trim());
  if (!parsed.success) throw new Error(`SITE_URL=${JSON.stringify(value)} ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  return parsed.data;
}

/** An absolute URL on this site for `path` (which starts with "/"). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

/**
 * Where the content lives, for "Edit this profile" and "Suggest a correction": one setting,
 * `CONTENT_REPOSITORY_URL` (a GitHub repository's https URL), with the branch after a `#`
 * (default main), e.g. `https://github.com/example/careers#main`.
 */
export const defaultRepositoryUrl = "https://github.com/workweek-careers/workweek#main";

export function contentRepository(value: string | undefined = process.env.CONTENT_REPOSITORY_URL): { url: string; branch: string } {
  const raw = value?.trim() || defaultRepositoryUrl;
  const [base, branch = "main"] = raw.split("#");
  const parsed = z.url({ protocol: /^https$/ }).safeParse(base);
  if (!parsed.success || !/^[\w./-]+$/.test(branch)) {
    throw new Error(`CONTENT_REPOSITORY_URL=${JSON.stringify(value)} must be an https:// repository URL, optionally followed by #branch`);
  }
  return { url: parsed.data.replace(/\/+$/, ""), branch };
}

export function editProfileUrl(slug: string): string {
  const { url, branch } = contentRepository();
  return `${url}/edit/${branch}/content/careers/${slug}.md`;
}

export function suggestCorrectionUrl(title: string, slug: string): string {
  const { url } = contentRepository();
  const params = new URLSearchParams({
    title: `Correction: ${title}`,
    body: `Profile: ${absoluteUrl(`/careers/${slug}`)}\nFile: content/careers/${slug}.md\n\nWhat is wrong, and where did you see the right figure or fact?\n`,
  });
  return `${url}/issues/new?${params.toString()}`;
}
