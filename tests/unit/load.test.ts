import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { loadTree, minimalProfile, nationalDir, profileText, tempDir, testDataset } from "./helpers";

const load = loadTree;

/** `name.md:line:column  field  detail`, without the temporary folder. */
const located = (problem: { file: string; line: number; column: number; field: string; detail: string }) =>
  `${path.basename(problem.file)}:${problem.line}:${problem.column}  ${problem.field}  ${problem.detail}`;

const fieldsOf = (catalog: ReturnType<typeof load>) => catalog.errors.map((error) => `${error.file.split("/").pop()} ${error.field} ${error.detail}`);

/**
 * SOC codes of production occupations that no profile of content/careers uses, one per profile of a
 * test folder (one profile per code is a rule). minimal-profile.md is 51-4081.
 */
const codes = ["51-4031", "51-4032", "51-4033", "51-4034", "51-4035"] as const;

describe("loading a content folder", () => {
  it("loads a valid profile with its slug from the file name, its national figures, score and progression", () => {
    const { careers, errors } = load({ "machinists-test.md": minimalProfile });
    expect(errors).toEqual([]);
    expect(careers).toHaveLength(1);
    expect(careers[0]).toMatchObject({
      kind: "profile",
      slug: "machinists-test",
      title: "Minimal Profile Examples",
      socCode: "51-4081",
      draft: false,
      figures: {
        title: "Multiple Machine Tool Setters, Operators, and Tenders, Metal and Plastic",
        wages: { median: 47180, release: "May 2025" },
        projections: { percentChange: -0.5, entryEducation: { id: "high-school" } },
      },
      exposure: { percent: 10.3, rule: "onet-code" },
      // Low exposure (2) + declining (0) + weak human advantage, EPOCH 10 (0).
      score: { total: 2, tier: "in-transition" },
      progression: [
        { key: "p10", amount: 35780 },
        { key: "p25", amount: 39420 },
        { key: "median", amount: 47180 },
        { key: "p75", amount: 57800 },
        { key: "p90", amount: 74450 },
      ],
    });
    expect(careers[0].html).toContain('<h3 id="inside-a-typical-day">');
  });

  it("accepts a byte-order mark and Windows line endings, with the same line numbers", () => {
    const crlf = `\uFEFF${minimalProfile.replace("    percent: 40", "    percent: 40.5").replace(/\n/g, "\r\n")}`;
    const { errors } = load({ "crlf-file.md": new TextEncoder().encode(crlf) });
    expect(errors.map((error) => [error.line, error.column, error.field, error.detail])).toEqual([
      [14, 14, "timeSplit[1].percent", "expected a whole number from 1 to 100, got 40.5"],
    ]);
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
      "bad-one.md": profileText({ socCode: codes[0] }).replace("title: Minimal Profile Examples", "title: X").replace("category: production", "category: nope"),
      "bad-two.md": profileText({ socCode: codes[1] }).replace("    percent: 40", "    percent: 30"),
      "bad-three.md": profileText({ socCode: codes[2], extra: "salary:\n  median: 45000" }),
    });
    expect(catalog.careers.map((career) => career.slug)).toEqual(["good-one"]);
    expect(catalog.errors.map(located)).toEqual([
      "bad-one.md:2:8  title  must be at least 2 characters",
      "bad-one.md:4:11  category  not a known category id: use one of the ids listed in content/README.md (e.g. \"architecture-and-engineering\")",
      `bad-three.md:17:1  salary  pay comes from the national dataset (OEWS May 2025, ${codes[2]}: median $46,550): delete this block`,
      "bad-two.md:11:3  timeSplit  percents add up to 90, not 100",
    ]);
  });

  it("reports raw HTML in a body as a warning, not an error", () => {
    const catalog = load({ "with-html.md": minimalProfile.replace("## A typical day", "## A typical day\n\n<script>alert(1)</script>") });
    expect(catalog.errors).toEqual([]);
    expect(catalog.warnings.filter((warning) => warning.kind === "markdown"))
      .toEqual([expect.objectContaining({ field: "body", line: 22, column: 1, severity: "warning", detail: "raw HTML is left out of the page: use Markdown instead" })]);
    expect(catalog.careers[0].html).not.toContain("<script");
  });

  it("reads the national dataset beside the careers folder by default", () => {
    const root = tempDir("content-");
    mkdirSync(path.join(root, "careers"));
    cpSync(nationalDir, path.join(root, "national"), { recursive: true });
    writeFileSync(path.join(root, "careers", "setters.md"), minimalProfile);
    const catalog = loadCatalog(path.join(root, "careers"), "production", { displayRoot: root });
    expect(catalog.errors).toEqual([]);
    expect(catalog.careers[0].figures.wages?.median).toBe(47180);
    expect(catalog.dataset.occupations.size).toBe(832);
  });
});

describe("occupations without a profile", () => {
  it("are every other occupation of the dataset, figures only, at the slug of their official title", () => {
    const catalog = load({ "minimal-profile.md": minimalProfile });
    expect(catalog.occupations).toHaveLength(832);
    expect(catalog.occupations.filter((occupation) => occupation.kind === "profile").map((occupation) => occupation.slug)).toEqual(["minimal-profile"]);
    const assistants = catalog.occupations.find((occupation) => occupation.socCode === "31-9092");
    expect(assistants).toMatchObject({ kind: "figures", slug: "medical-assistants", title: "Medical Assistants", figures: { wages: { median: 45690 } } });
    expect(assistants && "score" in assistants).toBe(false);
    // The profile's code's official address leads to the profile.
    expect(catalog.redirects).toEqual([{ from: "multiple-machine-tool-setters-operators-and-tenders-metal-and-plastic", to: "minimal-profile" }]);
  });

  it("move to <slug>-<code> when a profile of another code has their official slug", () => {
    const catalog = load({ "medical-assistants.md": minimalProfile });
    const slugs = catalog.occupations.filter((occupation) => occupation.socCode === "31-9092" || occupation.socCode === "51-4081").map((occupation) => [occupation.kind, occupation.slug]);
    expect(slugs.sort()).toEqual([["figures", "medical-assistants-319092"], ["profile", "medical-assistants"]]);
  });
});

describe("drafts", () => {
  const files = {
    "published-one.md": minimalProfile,
    "draft-one.md": profileText({ title: "Draft Profiles", extra: "draft: true", socCode: codes[0] }),
  };

  it("are left out of production but shown in development", () => {
    expect(load(files, "production").careers.map((career) => career.slug)).toEqual(["published-one"]);
    const development = load(files, "development");
    expect(development.errors).toEqual([]);
    expect(development.careers.map((career) => career.slug).sort()).toEqual(["draft-one", "published-one"]);
  });

  it("do not fail the production check when unfinished, but their problems are still printed", () => {
    const catalog = load({ "draft-one.md": profileText({ extra: "draft: true" }).replace("    percent: 40", "    percent: soon") });
    expect(catalog.errors).toEqual([]);
    expect(catalog.warnings.map(located)).toEqual([
      'draft-one.md:14:14  timeSplit[1].percent  expected a whole number from 1 to 100, got "soon"',
    ]);
  });

  it("do not fail the production check when their YAML cannot be read, or their front matter is not closed", () => {
    const draft = profileText({ extra: "draft: true", socCode: codes[0] });
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
      "aa-draft.md": profileText({ extra: "draft: true\nredirectFrom:\n  - shared-old", socCode: codes[0] }),
      "old-slug.md": profileText({ extra: "draft: true", socCode: codes[1] }),
      "published-one.md": profileText({ extra: "redirectFrom:\n  - shared-old\n  - old-slug" }),
      "linker.md": profileText({ extra: "related:\n  - shared-old", socCode: codes[2] }),
    });
    expect(catalog.errors.map((error) => [error.file.split("/").pop(), error.field, error.detail])).toEqual([
      ["linker.md", "related[0]", 'no profile "shared-old" (expected content/careers/shared-old.md) — it moved: use "published-one"'],
    ]);
    expect(catalog.warnings.filter((warning) => warning.kind === "cross-file").map((warning) => [warning.file.split("/").pop(), warning.field, warning.detail]).sort()).toEqual([
      ["aa-draft.md", "redirectFrom[0]", expect.stringMatching(/^"shared-old" is also a redirectFrom of .*published-one\.md$/)],
      ["old-slug.md", "file name", expect.stringMatching(/^"old-slug" is a redirectFrom of .*published-one\.md, so this profile could not be reached once published: choose another file name, or remove the redirect there$/)],
    ]);
    expect(catalog.careers.map((career) => career.slug)).toEqual(["published-one"]);
  });

  it("cannot be the target of a published profile's related link", () => {
    const catalog = load({ ...files, "linker.md": profileText({ extra: "related:\n  - draft-one", socCode: codes[1] }) });
    expect(catalog.errors).toEqual([expect.objectContaining({ field: "related[0]", line: 18, column: 5, detail: '"draft-one" is a draft and is not published' })]);
  });
});

describe("rules across files", () => {
  it("related targets must exist, with a hint when the slug moved", () => {
    const catalog = load({
      "mover.md": profileText({ extra: "redirectFrom:\n  - old-name" }),
      "linker.md": profileText({ extra: "related:\n  - missing-one\n  - old-name", socCode: codes[0] }),
    });
    expect(catalog.errors.map((error) => [error.field, error.line, error.column, error.detail])).toEqual([
      ["related[0]", 18, 5, 'no profile "missing-one" (expected content/careers/missing-one.md)'],
      ["related[1]", 19, 5, 'no profile "old-name" (expected content/careers/old-name.md) — it moved: use "mover"'],
    ]);
  });

  it("a profile cannot relate to itself or list a link twice", () => {
    const catalog = load({
      "other-one.md": minimalProfile,
      "self-link.md": profileText({ extra: "related:\n  - self-link\n  - other-one\n  - other-one", socCode: codes[0] }),
    });
    expect(catalog.errors.map((error) => [error.field, error.line, error.column, error.detail])).toEqual([
      ["related[0]", 18, 5, "a profile cannot be related to itself"],
      ["related[2]", 20, 5, '"other-one" is listed twice'],
    ]);
  });

  it("a link to a file that exists but is invalid is not the linker's error", () => {
    const catalog = load({
      "broken-one.md": minimalProfile.replace("    percent: 40", "    percent: x"),
      "linker.md": profileText({ extra: "related:\n  - broken-one", socCode: codes[0] }),
    });
    expect(catalog.errors.map((error) => error.file.split("/").pop())).toEqual(["broken-one.md"]);
  });

  it("redirectFrom must not collide with a slug, with itself, or with another profile's redirectFrom", () => {
    const catalog = load({
      "first-one.md": profileText({ extra: "redirectFrom:\n  - shared-old\n  - second-one\n  - first-one" }),
      "second-one.md": profileText({ extra: "redirectFrom:\n  - shared-old", socCode: codes[0] }),
    });
    expect(catalog.errors.map((error) => [error.file.split("/").pop(), error.field, error.detail])).toEqual([
      ["first-one.md", "redirectFrom[1]", expect.stringMatching(/^"second-one" is the slug of .*second-one\.md; a redirect would hide that profile$/)],
      ["first-one.md", "redirectFrom[2]", "a profile cannot redirect from its own slug"],
      ["second-one.md", "redirectFrom[0]", expect.stringMatching(/^"shared-old" is also a redirectFrom of .*first-one\.md$/)],
    ]);
  });

  it("one profile per SOC code: the second profile of a code is an error at its socCode", () => {
    const catalog = load({
      "first-one.md": minimalProfile,
      "second-one.md": profileText({ title: "Second Profiles" }),
      "third-one.md": profileText({ title: "Third Profiles", socCode: codes[0] }),
    });
    const root = path.dirname(catalog.errors[0]?.file ?? "");
    expect(catalog.errors.map((error) => error.message)).toEqual([
      `${root}/second-one.md:5:10  socCode  "51-4081" is already the code of ${root}/first-one.md: one profile per occupation (merge the two, or correct the code)`,
    ]);
    expect(catalog.careers.map((career) => career.slug)).toEqual(["first-one", "third-one"]);
  });

  it("one profile per SOC code: a draft never takes the code from a published profile", () => {
    const files = {
      "aa-draft.md": profileText({ title: "Draft Profiles", extra: "draft: true" }),
      "published-one.md": minimalProfile,
    };
    const production = load(files, "production");
    expect(production.errors).toEqual([]);
    expect(production.warnings.filter((warning) => warning.kind === "cross-file").map((warning) => [warning.file.split("/").pop(), warning.line, warning.column, warning.field, warning.detail]))
      .toEqual([["aa-draft.md", 5, 10, "socCode", expect.stringMatching(/^"51-4081" is already the code of .*published-one\.md: one profile per occupation/)]]);
    expect(production.careers.map((career) => career.slug)).toEqual(["published-one"]);
    // In development the draft is shown, so the duplicate is an error there and the draft is left out.
    const development = load(files, "development");
    expect(development.errors.map((error) => error.file.split("/").pop())).toEqual(["aa-draft.md"]);
    expect(development.careers.map((career) => career.slug)).toEqual(["published-one"]);
  });
});

describe("development reloads", () => {
  it("re-read only the files that changed since the last load", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "first-profile.md"), profileText({ title: "First Profiles", socCode: "51-4081" }));
    writeFileSync(path.join(dir, "second-profile.md"), profileText({ title: "Second Profiles", socCode: "51-4041" }));
    const options = { displayRoot: "/", dataset: testDataset() };
    const before = loadCatalog(dir, "development", options);
    const find = (catalog: typeof before, slug: string) => catalog.careers.find((career) => career.slug === slug);

    const again = loadCatalog(dir, "development", options);
    expect(find(again, "first-profile")).toBe(find(before, "first-profile"));

    // A save changes the size (and the time): that file, and only it, is read again.
    writeFileSync(path.join(dir, "second-profile.md"), profileText({ title: "Second Profiles, Renamed", socCode: "51-4041" }));
    const after = loadCatalog(dir, "development", options);
    expect(find(after, "first-profile")).toBe(find(before, "first-profile"));
    expect(find(after, "second-profile")?.title).toBe("Second Profiles, Renamed");

    // Production never reuses a result: each build reads every file.
    expect(find(loadCatalog(dir, "production", options), "first-profile")).not.toBe(find(before, "first-profile"));
  });
});
