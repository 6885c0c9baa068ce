/**
 * Synthetic but valid career profiles for benchmarks: deterministic (seeded), varied enough that
 * search and filters behave as on a real catalog, and every file passes the content check.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { datasetDir } from "../../lib/dataset/files";
import { nationalDataset } from "../../lib/dataset/national";
import { categoryIds } from "../../lib/content/taxonomy";

/** The project's national dataset: each synthetic profile takes one of its codes (one profile per code). */
const projectDataset = () => datasetDir(path.join(process.cwd(), "content"));

const specialties = [
  "Aviation", "Marine", "Industrial", "Pediatric", "Geriatric", "Rural", "Urban", "Forensic", "Clinical",
  "Environmental", "Agricultural", "Municipal", "Commercial", "Residential", "Digital", "Mobile", "Nuclear",
  "Solar", "Wind", "Railway", "Veterinary", "Dental", "Surgical", "Wildlife", "Textile", "Mining", "Coastal",
  "Hospital", "School", "Airport", "Freight", "Retail", "Museum", "Theater", "Sports", "Legal", "Tax", "Payroll",
  "Cloud", "Network", "Security", "Quality", "Safety", "Food", "Water", "Energy", "Logistics", "Library",
];
const roles = [
  "Technicians", "Assistants", "Inspectors", "Analysts", "Specialists", "Coordinators", "Mechanics", "Operators",
  "Clerks", "Engineers", "Therapists", "Installers", "Planners", "Designers", "Supervisors", "Aides", "Advisers",
  "Estimators", "Dispatchers", "Counselors", "Developers", "Nurses", "Drivers", "Welders", "Instructors",
  "Auditors", "Researchers", "Repairers", "Schedulers", "Examiners", "Writers", "Managers", "Attendants",
  "Programmers", "Electricians", "Surveyors", "Cooks", "Teachers", "Scientists", "Officers", "Agents",
  "Technologists", "Hygienists", "Paralegals", "Accountants", "Bookkeepers", "Cashiers", "Carpenters",
  "Plumbers", "Machinists", "Pharmacists", "Librarians", "Photographers", "Translators", "Curators", "Pilots",
  "Tutors", "Recruiters", "Brokers", "Appraisers", "Adjusters", "Tellers", "Couriers", "Groomers", "Trainers",
  "Chemists", "Geologists", "Archivists", "Editors", "Animators", "Drafters", "Glaziers", "Roofers", "Masons",
  "Painters", "Locksmiths", "Upholsterers", "Jewelers", "Bakers", "Butchers", "Farmers", "Loggers",
  "Fishers", "Guards", "Firefighters", "Paramedics", "Midwives", "Dietitians", "Optometrists", "Opticians",
  "Audiologists", "Chiropractors", "Podiatrists", "Statisticians", "Actuaries", "Economists", "Historians",
  "Sociologists", "Psychologists", "Epidemiologists",
];
const verbs = ["Inspect", "Repair", "Plan", "Record", "Measure", "Explain", "Prepare", "Review", "Schedule", "Test", "Install", "Teach"];
const objects = ["equipment", "reports", "patients' charts", "budgets", "wiring", "samples", "orders", "lesson plans", "claims", "software", "shipments", "drawings"];
const tools = ["Microsoft Excel", "SAP", "AutoCAD", "Epic EHR", "Python", "Multimeters", "Forklifts", "QuickBooks", "Salesforce", "GIS mapping", "Tableau", "Power tools"];
const filler =
  "the work follows a rhythm of preparation, careful execution and review, with colleagues checking each other and a supervisor signing off the result before the shift ends and the next crew takes over".split(" ");

/** A small seeded generator (mulberry32): the same seed always makes the same catalog. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticProfile = { slug: string; text: string };

function slugify(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Unique titles: specialty × role first, then numbered series when those run out. */
function titleFor(index: number): string {
  const pairs = specialties.length * roles.length;
  const role = roles[index % roles.length];
  const specialty = specialties[Math.floor(index / roles.length) % specialties.length];
  const series = Math.floor(index / pairs);
  return series === 0 ? `${specialty} ${role}` : `${specialty} ${role} ${series + 1}`;
}

function paragraph(rand: () => number, words: number): string {
  const out: string[] = [];
  while (out.length < words) out.push(filler[Math.floor(rand() * filler.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(" ")}.`;
}

export function syntheticProfiles(count: number, seed = 42): SyntheticProfile[] {
  const codes = [...nationalDataset(projectDataset()).occupations.keys()];
  if (count > codes.length) throw new Error(`at most ${codes.length} profiles: the catalog has one profile per occupation of the national dataset`);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const titles = Array.from({ length: count }, (_, index) => titleFor(index));
  const slugs = titles.map(slugify);

  return titles.map((title, index) => {
    const data = {
      title,
      summary: `${title} ${pick(verbs).toLowerCase()} ${pick(objects)} and keep ${pick(objects)} in order for the people who rely on them.`,
      category: pick(categoryIds),
      aliases: [`${title.split(" ")[1]} ${index}`],
      duties: Array.from({ length: 6 }, () => `${pick(verbs)} ${pick(objects)} and ${pick(verbs).toLowerCase()} ${pick(objects)}.`),
      timeSplit: [
        { activity: "Hands-on work", percent: 50 },
        { activity: "Paperwork and records", percent: 30 },
        { activity: "Meetings and training", percent: 20 },
      ],
      socCode: codes[index],
      aiResilience: {
        epoch: { empathy: 1 + Math.floor(rand() * 5), presence: 1 + Math.floor(rand() * 5), opinion: 1 + Math.floor(rand() * 5), creativity: 1 + Math.floor(rand() * 5), hope: 1 + Math.floor(rand() * 5) },
      },
      skills: [pick(tools), pick(tools)].filter((tool, position, all) => all.indexOf(tool) === position),
      // Neighbours on both sides, so every link goes both ways (no one-way `related` warnings).
      related: count > 2 ? [slugs[(index + count - 1) % count], slugs[(index + 1) % count]] : undefined,
      updated: "2026-01-15",
    };
    const body = ["A typical day", "Who thrives", "Rewards and frustrations", "Getting in"]
      .map((heading) => `## ${heading}\n\n${paragraph(rand, 70)}\n`)
      .join("\n");
    return { slug: slugs[index], text: `---\n${stringify(data)}---\n\n${body}` };
  });
}

/** Writes `count` profiles into `<root>/careers/`, with the project's dataset in `<root>/national/`, and returns the careers folder. */
export function writeSyntheticContent(root: string, count: number, seed = 42): string {
  cpSync(projectDataset(), datasetDir(root), { recursive: true });
  const dir = path.join(root, "careers");
  mkdirSync(dir, { recursive: true });
  for (const profile of syntheticProfiles(count, seed)) writeFileSync(path.join(dir, `${profile.slug}.md`), profile.text);
  return dir;
}
