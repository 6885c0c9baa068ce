import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { contentTree, minimalProfile, profileText } from "./helpers";

const load = (files: Record<string, string | Uint8Array>, mode: "production" | "development" = "production") =>
  loadCatalog(contentTree(files), mode, "/");

const fieldsOf = (catalog: ReturnType<typeof load>) => catalog.errors.map((error) => `${error.file.split("/").pop()} ${error.field} ${error.detail}`);

describe("loading a content folder", () => {
  it("loads a valid profile with its slug from the file name, score and progression", () => {
    const { careers, errors } = load({ "machinists-test.md": minimalProfile });
    expect(errors).toEqual([]);
    expect(careers).toHaveLength(1);
    expect(careers[0]).toMatchObject({
      slug: "machinists-test",
      title: "Minimal Profile Examples",
      draft: false,
      education: { credentialRequired: false },
      score: { total: 2, tier: "in-transition" },
      progression: [{ key: "median", amount: 45000 }],
    });
    expect(careers[0].html).toContain('<h3 id="inside-a-typical-day">');
  });

  it("accepts a byte-order mark and Windows line endings, with the same line numbers", () => {
    const crlf = `\uFEFF${minimalProfile.replace("  median: 45000", "  median: 45k").replace(/\n/g, "\r\n")}`;
    const { errors } = load({ "crlf-file.md": new TextEncoder().encode(crlf) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 17, column: 11, field: "salary.median" });
    const valid = load({ "crlf-valid.md": `\uFEFF${minimalProfile.replace(/\n/g, "\r\n")}` });
    expect(valid.errors).toEqual([]);
    expect(valid.careers[0].summary).not.toMatch(/\r/);
  });

  it("skips files whose name starts with _ or a dot, and reports other files that are not .md", () => {
    const { careers, errors } = load({
      "_template.md": "not a profile", "_notes.txt": "x", ".DS_Store": "x", "Thumbs.db": "x", "real-one.md~": "x", "real-one.md.orig": "x",
      "real-one.md": minimalProfile,
    });
    expect(errors).toEqual([]);
    expect(careers.map((career) => career.slug)).toEqual(["real-one"]);

    const strays = load({ "Nurse_Anesthetists.MD": minimalProfile, "nurse-midwives.markdown": minimalProfile, "nurses.md.txt": minimalProfile, "photo.png": "x", "real-one.md": minimalProfile });
    expect(fieldsOf(strays)).toEqual([
      "Nurse_Anesthetists.MD file name not read: profiles are files named <slug>.md; rename it to nurse-anesthetists.md",
      "nurse-midwives.markdown file name not read: profiles are files named <slug>.md; rename it to nurse-midwives.md",
      "nurses.md.txt file name not read: profiles are files named <slug>.md; rename it to nurses.md",
      "photo.png file name not read: profiles are files named <slug>.md; move it out of this folder, or start its name with _ to keep it here as a note",
    ]);
    expect(strays.careers.map((career) => career.slug)).toEqual(["real-one"]);
  });

  it("reports every problem in every file in one run and still loads the valid files", () => {
    const catalog = load({
      "good-one.md": minimalProfile,
      "bad-one.md": minimalProfile.replace("  median: 45000", "  median: 42k").replace("category: production", "category: nope"),
      "bad-two.md": minimalProfile.replace("    percent: 40", "    percent: 30"),
    });
    expect(catalog.careers.map((career) => career.slug)).toEqual(["good-one"]);
    expect(fieldsOf(catalog)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^bad-one\.md salary\.median /),
      expect.stringMatching(/^bad-one\.md category /),
      expect.stringMatching(/^bad-two\.md timeSplit percents add up to 90, not 100$/),
    ]));
    expect(catalog.errors).toHaveLength(3);
  });

  it("reports raw HTML in a body as a warning, not an error", () => {
    const catalog = load({ "with-html.md": minimalProfile.replace("## A typical day", "## A typical day\n\n<script>alert(1)</script>") });
    expect(catalog.errors).toEqual([]);
    expect(catalog.warnings.filter((warning) => warning.kind === "markdown"))
      .toEqual([expect.objectContaining({ field: "body", line: 32, severity: "warning" })]);
    expect(catalog.careers[0].html).not.toContain("<script");
  });
});

describe("drafts", () => {
  const files = {
    "published-one.md": minimalProfile,
    "draft-one.md": profileText({ title: "Draft Profiles", extra: "draft: true" }),
  };

  it("are left out of production but shown in development", () => {
    expect(load(files, "production").careers.map((career) => career.slug)).toEqual(["published-one"]);
    expect(load(files, "development").careers.map((career) => career.slug).sort()).toEqual(["draft-one", "published-one"]);
  });

  it("do not fail the production check when unfinished, but their problems are still printed", () => {
    const catalog = load({ "draft-one.md": profileText({ extra: "draft: true" }).replace("  median: 45000", "  median: soon") });
    expect(catalog.errors).toEqual([]);
    expect(catalog.warnings).toEqual([expect.objectContaining({ field: "salary.median", severity: "warning" })]);
  });

  it("do not fail the production check when their YAML cannot be read, or their front matter is not closed", () => {
    const draft = profileText({ extra: "draft: true" });
    const catalog = load({
      "broken-yaml.md": draft.replace(/^summary: (.*)$/m, "summary: Note: $1"),
      "not-closed.md": draft.replace(/\n---\n(?![\s\S]*\n---\n)/, "\n"),
      "published-one.md": minimalProfile,
    });
    expect(catalog.errors).toEqual([]);
    expect(catalog.warnings.filter((warning) => warning.kind !== "editorial").map((warning) => [warning.file.split("/").pop(), warning.field, warning.severity])).toEqual([
      ["broken-yaml.md", "summary", "warning"],
      ["not-closed.md", "front matter", "warning"],
    ]);
    expect(catalog.careers.map((career) => career.slug)).toEqual(["published-one"]);
    expect(load({ "broken-yaml.md": draft.replace(/^summary: (.*)$/m, "summary: Note: $1") }, "development").errors).toHaveLength(1);
    // As YAML reads it: True is true; "true#wip" is a word, not true.
    const broken = (draftLine: string) => draft.replace("draft: true", draftLine).replace(/^summary: (.*)$/m, "summary: Note: $1");
    expect(load({ "capital.md": broken("draft: True # not yet") }).errors).toEqual([]);
    expect(load({ "not-a-draft.md": broken("draft: true#wip") }).errors).toHaveLength(1);
  });

  it("never take a redirect or a slug from a published profile", () => {
    const catalog = load({
      "aa-draft.md": profileText({ extra: "draft: true\nredirectFrom:\n  - shared-old" }),
      "old-slug.md": profileText({ extra: "draft: true" }),
      "published-one.md": profileText({ extra: "redirectFrom:\n  - shared-old\n  - old-slug" }),
      "linker.md": profileText({ extra: "related:\n  - shared-old" }),
    });
    expect(catalog.errors.map((error) => [error.file.split("/").pop(), error.field, error.detail])).toEqual([
      ["linker.md", "related[0]", 'no profile "shared-old" (expected content/careers/shared-old.md) — it moved: use "published-one"'],
    ]);
    expect(catalog.warnings.filter((warning) => warning.kind === "cross-file").map((warning) => [warning.file.split("/").pop(), warning.field, warning.detail]).sort()).toEqual([
      ["aa-draft.md", "redirectFrom[0]", expect.stringMatching(/"shared-old" is also a redirectFrom of .*published-one\.md/)],
      ["old-slug.md", "file name", expect.stringMatching(/"old-slug" is a redirectFrom of .*published-one\.md, so this profile could not be reached once published/)],
    ]);
    expect(catalog.careers.map((career) => career.slug)).toEqual(["published-one"]);
  });

  it("cannot be the target of a published profile's related link", () => {
    const catalog = load({ ...files, "linker.md": profileText({ extra: "related:\n  - draft-one" }) });
    expect(catalog.errors).toEqual([expect.objectContaining({ field: "related[0]", line: 28, column: 5, detail: '"draft-one" is a draft and is not published' })]);
  });
});

describe("rules across files", () => {
  it("related targets must exist, with a hint when the slug moved", () => {
    const catalog = load({
      "mover.md": profileText({ extra: "redirectFrom:\n  - old-name" }),
      "linker.md": profileText({ extra: "related:\n  - missing-one\n  - old-name" }),
    });
    expect(catalog.errors.map((error) => [error.field, error.line, error.column, error.detail])).toEqual([
      ["related[0]", 28, 5, 'no profile "missing-one" (expected content/careers/missing-one.md)'],
      ["related[1]", 29, 5, 'no profile "old-name" (expected content/careers/old-name.md) — it moved: use "mover"'],
    ]);
  });

  it("a profile cannot relate to itself or list a link twice", () => {
    const catalog = load({
      "other-one.md": minimalProfile,
      "self-link.md": profileText({ extra: "related:\n  - self-link\n  - other-one\n  - other-one" }),
    });
    expect(catalog.errors.map((error) => [error.field, error.detail])).toEqual([
      ["related[0]", "a profile cannot be related to itself"],
      ["related[2]", '"other-one" is listed twice'],
    ]);
  });

  it("a link to a file that exists but is invalid is not the linker's error", () => {
    const catalog = load({
      "broken-one.md": minimalProfile.replace("  median: 45000", "  median: x"),
      "linker.md": profileText({ extra: "related:\n  - broken-one" }),
    });
    expect(catalog.errors.map((error) => error.file.split("/").pop())).toEqual(["broken-one.md"]);
  });

  it("redirectFrom must not collide with a slug, with itself, or with another profile's redirectFrom", () => {
    const catalog = load({
      "first-one.md": profileText({ extra: "redirectFrom:\n  - shared-old\n  - second-one\n  - first-one" }),
      "second-one.md": profileText({ extra: "redirectFrom:\n  - shared-old" }),
    });
    expect(catalog.errors.map((error) => [error.file.split("/").pop(), error.field, error.detail])).toEqual([
      ["first-one.md", "redirectFrom[1]", expect.stringMatching(/"second-one" is the slug of .*second-one\.md/)],
      ["first-one.md", "redirectFrom[2]", "a profile cannot redirect from its own slug"],
      ["second-one.md", "redirectFrom[0]", expect.stringMatching(/"shared-old" is also a redirectFrom of .*first-one\.md/)],
    ]);
  });
});
