/**
 * The catalog's editorial bar (lib/catalog/editorial-bar.ts), its coverage count and the EPOCH
 * consistency checks, on fixture careers edited to break one rule at a time: the catalog test runs
 * them over the real catalog, where they find nothing, so here each is shown to find what it must.
 */
import { describe, expect, it } from "vitest";
import type { Career } from "@/lib/catalog/load";
import { catalogCoverage, catalogPlan } from "@/lib/catalog/coverage";
import { aliasClashFindings, barFindings, nearDuplicateFindings, oneWayRelatedFindings, profileFindings, quotedFigures, sharedSentenceFindings } from "@/lib/catalog/editorial-bar";
import { epochOutliers, rubricExampleMismatches } from "../catalog/epoch-consistency";
import { fixtureCareer } from "./fixture-catalog";
import { testDataset } from "./helpers";

const sections = ["A typical day", "Who thrives", "Rewards and frustrations", "Getting in"];
const paragraph = (seed: string, words: number) => Array.from({ length: words }, (_, index) => `${seed}${index % 37}`).join(" ");
/** A narrative of the four sections, `words` words of text each (headings not counted). */
const narrative = (seed: string, words = 90) => sections.map((heading) => `<h3>${heading}</h3><p>${paragraph(`${seed}${heading.length}x`, words)}.</p>`).join("");

/** A fixture career that meets the bar, with `changes` applied. */
function career(slug: string, changes: Partial<Career> = {}): Career {
  const base = fixtureCareer("medical-assistants");
  return {
    ...base,
    slug,
    title: `${slug} title`,
    aliases: [`${slug} alias`],
    summary: `Someone who does the ${slug} work all week long in one place.`,
    duties: Array.from({ length: 6 }, (_, index) => `Duty ${index} of the ${slug} job, done daily with care and the usual tools.`),
    related: ["a-one", "a-two", "a-three"],
    html: narrative(slug),
    toc: sections.map((text) => ({ id: text, text })),
    timeSplit: [50, 30, 20].map((percent, index) => ({ activity: `Part ${index}`, percent, detail: `What part ${index} of ${slug} includes` })),
    ...changes,
  };
}

const messages = (findings: ReturnType<typeof profileFindings>) => findings.map((finding) => `${finding.check}: ${finding.message}`);

describe("one profile against the bar", () => {
  it("a profile that meets it has no findings", () => {
    expect(profileFindings(career("fine"))).toEqual([]);
  });

  it("names each part out of its limits and says what to change", () => {
    const found = messages(profileFindings(career("short", {
      duties: ["Do one thing well every day."],
      timeSplit: [{ activity: "Everything", percent: 100 }],
      related: ["a-one"],
      aliases: [],
      html: narrative("short", 20),
      toc: [{ id: "x", text: "A typical day" }],
      summary: "One sentence. Then another.",
    })));
    expect(found).toEqual([
      "narrative: the narrative has 80 words: write 300–650",
      'sections: the narrative\'s ## sections are "A typical day": use "A typical day", "Who thrives", "Rewards and frustrations", "Getting in", in that order',
      "duties: 1 duties: give 6–10, the most time-consuming first",
      "timeSplit: 1 activities in the time split: give 3–6",
      'timeSplit: "Everything" has no detail: say what the activity includes',
      "related: 1 related careers: give 3–6",
      "aliases: no aliases: list the titles used in job ads and everyday speech",
      "summary: the summary must be one sentence, ending with a full stop",
    ]);
  });

  it("finds the dataset's figures quoted in the narrative, each as written, and says to put them in words", () => {
    const stale =
      "BLS projects a 5.8 percent decline in jobs for 2024–2034. There were about 1.1 million of them in May 2025. " +
      "The top tenth earned more than $47,000 a year. Some 77,000 cabinetmakers work in shops. About 4,500 people hold the license.";
    expect(quotedFigures(stale)).toEqual(["2024–2034", "5.8 percent", "1.1 million", "May 2025", "$47,000 a year", "77,000", "4,500 people"]);
    const [finding] = profileFindings(career("stale", { html: `${narrative("stale")}<p>BLS projects 7.1 percent growth.</p>` }));
    expect(finding).toEqual({
      slug: "stale",
      check: "figures",
      message:
        'the narrative quotes "7.1 percent": the page shows the national dataset\'s figures, which change with every release, so say it in words ("BLS expects a small decline", "pay near the top of the range")',
    });
  });

  it("leaves numbers that are the profile's own: training hours, a share of the week, a license's year count", () => {
    const own =
      "Beauty school takes about 1,000 to 1,600 hours of training; a pilot logs 10,000 hours. A loaded truck weighs up to 80,000 pounds and is serviced every 60,000-mile interval. About 80 percent of the week is spent outdoors. " +
      "Most states renew the license every 2 years, and 2 to 4 years of practice come first.";
    expect(quotedFigures(own)).toEqual([]);
    // A run of digits and commas is not a headcount unless its groups are whole thousands.
    expect(quotedFigures(`${"1,".repeat(10_000)}5 people`)).toHaveLength(0);
  });

  it("counts an abbreviation's full stop as part of the sentence (U.S.)", () => {
    expect(profileFindings(career("us", { summary: "Deliver mail for the U.S. Postal Service on a walking route." }))).toEqual([]);
  });
});

describe("across profiles", () => {
  const shared = "Most people in this job start on nights and weekends at a large hospital.";

  it("finds a sentence of 8 or more words in two profiles, and names both", () => {
    const one = career("one", { duties: [...career("one").duties, shared] });
    const two = career("two", { html: `${narrative("two")}<p>${shared}</p>` });
    expect(sharedSentenceFindings([one, two, career("three")]).map((finding) => finding.slug).sort()).toEqual(["one", "two"]);
    // Seven words are not a shared sentence.
    const short = "Most start on nights at the hospital.";
    expect(sharedSentenceFindings([career("one", { summary: short }), career("two", { summary: short })])).toEqual([]);
  });

  it("reads a heading into the sentence after it: a stock opening under a stock heading is shared too", () => {
    const opening = (slug: string) => career(slug, { html: `${narrative(slug)}<h3>Getting in</h3><p>No diploma or experience is needed.</p>` });
    expect(sharedSentenceFindings([opening("one"), opening("two")])).toHaveLength(2);
  });

  it("finds near-duplicate narratives, not narratives on their own words", () => {
    const copy = career("copy", { html: career("original").html });
    expect(nearDuplicateFindings([career("original"), copy]).map((finding) => finding.slug)).toEqual(["original", "copy"]);
    expect(nearDuplicateFindings([career("original"), career("other")])).toEqual([]);
  });

  it("asks for the link back where the other list has room, not where it is full", () => {
    const linker = career("linker", { related: ["room", "full", "a-three"] });
    const room = career("room", { related: ["a-one", "a-two", "a-three"] });
    const full = career("full", { related: ["a-one", "a-two", "a-three", "a-four", "a-five", "a-six"] });
    expect(oneWayRelatedFindings([linker, room, full]).map((finding) => `${finding.slug}: ${finding.message}`)).toEqual([
      "room: linker lists room as related: add linker to room's related, or remove the link from linker",
    ]);
  });

  it("finds an alias that is another profile's title or alias, whatever its case", () => {
    const found = aliasClashFindings([career("one", { aliases: ["Two Title"] }), career("two"), career("three", { aliases: ["ONE TITLE"] })]);
    expect(found.map((finding) => finding.slug).sort()).toEqual(["one", "one", "three", "two"]);
  });

  it("gathers every check", () => {
    expect(barFindings([career("fine"), career("bare", { aliases: [] })]).map((finding) => `${finding.slug} ${finding.check}`)).toContain("bare aliases");
  });
});

describe("coverage of U.S. employment", () => {
  const dataset = testDataset();

  it("ranks occupations by employment, marks the 'all other' groups, and names each profile", () => {
    const plan = catalogPlan(dataset, [{ slug: "home-health-aides", socCode: "31-1120" }]);
    expect(plan[0]).toMatchObject({ rank: 1, socCode: "31-1120", profile: "home-health-aides", residual: false });
    expect(plan.filter((entry) => entry.residual).length).toBe(70);
    expect(plan.find((entry) => entry.socCode === "11-9199")?.residual).toBe(true);
  });

  it("counts the share of employment covered and the largest occupations still missing", () => {
    const none = catalogCoverage(catalogPlan(dataset, []));
    expect(none).toMatchObject({ employmentShare: 0, profiles: 0 });
    expect(none.missing).toHaveLength(300);
    const one = catalogCoverage(catalogPlan(dataset, [{ slug: "home-health-aides", socCode: "31-1120" }]));
    expect(one.employmentShare).toBe(2.6);
    expect(one.missing.map((entry) => entry.socCode)).not.toContain("31-1120");
  });
});

describe("EPOCH consistency", () => {
  const rated = (slug: string, category: Career["category"], epoch: Career["aiResilience"]["epoch"]) =>
    career(slug, { category, aiResilience: { epoch } });
  const typical = { empathy: 2, presence: 4, opinion: 2, creativity: 2, hope: 1 };

  it("holds the rubric's example jobs to the rubric's rating", () => {
    expect(rubricExampleMismatches([rated("data-entry-keyers", "office-and-administrative-support", { ...typical, empathy: 3 })])).toContain(
      "data-entry-keyers: empathy is 3, the rubric's example says 1",
    );
  });

  it("flags a rating two or more from its category's median, unless a second look is recorded", () => {
    const peers = ["p1", "p2", "p3", "p4"].map((slug) => rated(slug, "production", typical));
    expect(epochOutliers([...peers, rated("odd-one", "production", { ...typical, hope: 4 })])).toEqual([
      "odd-one.hope: 4, while its category's other profiles have a median of 1",
    ]);
    // Recorded in tests/catalog/epoch-consistency.ts with its reason.
    expect(epochOutliers([...peers, rated("production-supervisors", "production", { ...typical, hope: 3 })])).toEqual([]);
    // Fewer than four others in the category: nothing to compare with.
    expect(epochOutliers([...peers.slice(1), rated("odd-one", "production", { ...typical, hope: 4 })])).toEqual([]);
  });
});
