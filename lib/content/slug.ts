/** A profile's slug: its file name and URL (the format's rule). No dependencies: proxy.ts uses it. */
export const slugPattern = /^(?=.{2,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugRule =
  "2–80 characters of lowercase a-z, digits and single hyphens, starting and ending with a letter or digit";

/** Turns a title or a bad file name into the slug it most likely means: `Respiratory Therapists` → `respiratory-therapists`. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
