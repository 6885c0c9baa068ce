/**
 * Rules that need the whole catalog: `related` targets exist and are published, no self-reference or
 * duplicates, `redirectFrom` never collides with a slug or with another profile's `redirectFrom`,
 * and one profile per SOC code.
 */
import { ContentError } from "../content/errors";
import { locateYaml } from "../content/source";
import { positionOf, type Position } from "../content/yaml-position";

export type CrossFileEntry = {
  slug: string;
  file: string;
  draft: boolean;
  related: readonly string[];
  redirectFrom: readonly string[];
  /** The file's front matter (empty when it could not be read): positions are looked up in it when needed. */
  frontMatter: string;
  /** The occupation's code, once the file is valid. */
  socCode: string | undefined;
};

/**
 * Where `field[index]` is written in the entry's file (or its key, or line 1). Parsed again for each
 * message: keeping every file's parsed YAML until the cross-file rules run costs far more memory.
 */
export function entryPosition(entry: CrossFileEntry, field: "related" | "redirectFrom", index: number): Position {
  return positionOf(located(entry), [field, index]) ?? { line: 1, column: 1 };
}

/** Each entry's front matter is parsed for positions once, however many of its entries have a problem. */
const locatedEntries = new WeakMap<CrossFileEntry, ReturnType<typeof locateYaml>>();
function located(entry: CrossFileEntry): ReturnType<typeof locateYaml> {
  let found = locatedEntries.get(entry);
  if (!found) {
    found = locateYaml(entry.frontMatter);
    locatedEntries.set(entry, found);
  }
  return found;
}

function at(entry: CrossFileEntry, field: "related" | "redirectFrom", index: number, detail: string): ContentError {
  const { line, column } = entryPosition(entry, field, index);
  return new ContentError("cross-file", entry.file, line, column, `${field}[${index}]`, detail);
}

function checkRelated(entry: CrossFileEntry, bySlug: ReadonlyMap<string, CrossFileEntry>, redirects: ReadonlyMap<string, CrossFileEntry>): ContentError[] {
  const seen = new Set<string>();
  return entry.related.flatMap((target, index) => {
    if (target === entry.slug) return [at(entry, "related", index, "a profile cannot be related to itself")];
    if (seen.has(target)) return [at(entry, "related", index, `"${target}" is listed twice`)];
    seen.add(target);
    const other = bySlug.get(target);
    if (!other) {
      const moved = redirects.get(target);
      const hint = moved ? ` — it moved: use "${moved.slug}"` : "";
      return [at(entry, "related", index, `no profile "${target}" (expected content/careers/${target}.md)${hint}`)];
    }
    if (other.draft && !entry.draft) return [at(entry, "related", index, `"${target}" is a draft and is not published`)];
    return [];
  });
}

/** A second profile of a code (drafts after published ones) is the second one's error. */
function checkOneProfilePerCode(entries: readonly CrossFileEntry[]): ContentError[] {
  const owners = new Map<string, CrossFileEntry>();
  return entries.flatMap((entry) => {
    if (entry.socCode === undefined) return [];
    const owner = owners.get(entry.socCode);
    if (!owner) {
      owners.set(entry.socCode, entry);
      return [];
    }
    const { line, column } = positionOf(locateYaml(entry.frontMatter), ["socCode"]) ?? { line: 1, column: 1 };
    return [new ContentError("cross-file", entry.file, line, column, "socCode",
      `"${entry.socCode}" is already the code of ${owner.file}: one profile per occupation (merge the two, or correct the code)`)];
  });
}

export function checkCrossFile(entries: readonly CrossFileEntry[]): ContentError[] {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const redirectOwners = new Map<string, CrossFileEntry>();
  const errors: ContentError[] = [];

  // Published profiles claim their redirects first: a draft that repeats one is the draft's problem
  // (a warning while it is a draft), never a published profile's.
  const published = entries.filter((entry) => !entry.draft);
  for (const entry of [...published, ...entries.filter((entry) => entry.draft)]) {
    entry.redirectFrom.forEach((old, index) => {
      const profile = bySlug.get(old);
      const owner = redirectOwners.get(old);
      if (profile?.draft && !entry.draft) {
        errors.push(new ContentError("cross-file", profile.file, 1, 1, "file name",
          `"${old}" is a redirectFrom of ${entry.file}, so this profile could not be reached once published: choose another file name, or remove the redirect there`));
        redirectOwners.set(old, entry);
      } else if (profile) {
        errors.push(at(entry, "redirectFrom", index, profile === entry
          ? "a profile cannot redirect from its own slug"
          : `"${old}" is the slug of ${profile.file}; a redirect would hide that profile`));
      } else if (owner === entry) {
        errors.push(at(entry, "redirectFrom", index, `"${old}" is listed twice`));
      } else if (owner) {
        errors.push(at(entry, "redirectFrom", index, `"${old}" is also a redirectFrom of ${owner.file}`));
      } else {
        redirectOwners.set(old, entry);
      }
    });
  }
  for (const entry of entries) errors.push(...checkRelated(entry, bySlug, redirectOwners));
  errors.push(...checkOneProfilePerCode([...published, ...entries.filter((entry) => entry.draft)]));
  return errors;
}
