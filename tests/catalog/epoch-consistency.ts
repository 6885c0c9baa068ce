/**
 * EPOCH consistency over the catalog. The methodology's rubric names example jobs for each rating;
 * a profile of one of those jobs must carry that rating, or the rubric and the catalog disagree. And a
 * rating two or more points from the median of its category's other profiles is flagged for a second
 * look: once a reviewer has agreed with it, it is recorded below with the reason.
 */
import type { Career } from "@/lib/catalog/load";
import type { Epoch } from "@/lib/content/schema";

type Capability = keyof Epoch;

/** The rubric's examples (content/pages/methodology.md, "The EPOCH rubric"), by profile slug. */
export const rubricExamples: Record<Capability, Record<number, string[]>> = {
  empathy: {
    1: ["machinists", "data-entry-keyers"],
    2: ["cashiers", "welders", "software-developers"],
    3: ["medical-assistants", "customer-service-representatives", "plumbers"],
    4: ["registered-nurses", "elementary-school-teachers", "high-school-teachers", "police-officers"],
    5: ["social-workers", "mental-health-counselors"],
  },
  presence: {
    1: ["data-entry-keyers", "web-developers"],
    2: ["accountants", "software-developers"],
    3: ["paralegals"],
    4: ["medical-assistants", "cashiers", "machinists"],
    5: ["plumbers", "firefighters", "physical-therapists"],
  },
  opinion: {
    1: ["data-entry-keyers"],
    2: ["cashiers", "assemblers"],
    3: ["medical-assistants", "customer-service-representatives"],
    4: ["registered-nurses", "electricians", "accountants"],
    5: ["family-doctors", "lawyers", "police-officers"],
  },
  creativity: {
    1: ["cashiers", "data-entry-keyers"],
    2: ["medical-assistants", "heavy-truck-drivers"],
    3: ["plumbers", "elementary-school-teachers", "high-school-teachers", "registered-nurses"],
    4: ["software-developers", "chefs-and-head-cooks"],
    5: ["graphic-designers", "writers"],
  },
  hope: {
    1: ["data-entry-keyers", "machinists"],
    2: ["medical-assistants", "cashiers"],
    3: ["registered-nurses"],
    4: ["elementary-school-teachers", "high-school-teachers", "physical-therapists"],
    5: ["chief-executives", "coaches", "mental-health-counselors"],
  },
};

/**
 * Ratings a second reader looked at and kept, though they sit two or more points from the category's
 * median: `slug.capability` → why.
 */
export const reviewedOutliers: Record<string, string> = {
  "medical-records-specialists.presence": "coding and records work is done remotely by many employers; the rubric's 1 is the whole job remote",
  "physical-therapists.hope": "the rubric's own example for 4: coaching patients through months of recovery",
  "bookkeeping-clerks.empathy": "books are kept at a desk with little contact; the category's median is raised by front-desk jobs",
  "chefs-and-head-cooks.opinion": "runs the kitchen and answers for food safety and the menu, unlike the cooks and servers around it",
  "chefs-and-head-cooks.creativity": "the rubric's own example for 4: designing dishes and menus",
  "chefs-and-head-cooks.hope": "leads and trains the kitchen brigade",
  "customer-service-representatives.presence": "most contact centers now run remotely; the rubric's 1 is the whole job remote",
  "data-entry-keyers.empathy": "the rubric's own example for 1",
  "data-entry-keyers.presence": "the rubric's own example for 1",
  "farmers-and-ranchers.presence": "a manager who works the land and the animals in person, unlike office-based managers",
  "fitness-trainers.hope": "motivating clients through change is the core of the job (rubric 4)",
  "food-service-supervisors.hope": "supervisors of small teams: the rubric's 3; the category's median is set by the crew they lead",
  "maintenance-supervisors.hope": "supervisors of small teams: the rubric's 3",
  "marketing-specialists.creativity": "designing campaigns and content is central to the work (rubric 4), as for marketing managers",
  "production-supervisors.hope": "supervisors of small teams: the rubric's 3",
  "school-principals.hope": "leading a school's staff and community is the job (rubric 5), as for chief executives",
  "transportation-supervisors.hope": "supervisors of small teams: the rubric's 3",
  "bill-collectors.presence": "collection is phone and online work, much of it remote",
  "chief-executives.hope": "the rubric's own example for 5",
  "construction-supervisors.hope": "supervisors of small teams: the rubric's 3",
  "housekeeping-supervisors.hope": "supervisors of small teams: the rubric's 3",
  "insurance-claims-clerks.presence": "claims processing is done at a screen, much of it remote",
  "landscaping-supervisors.hope": "supervisors of small teams: the rubric's 3",
  "medical-laboratory-technologists.empathy": "the work is at the bench, with little patient contact",
  "medical-records-specialists.empathy": "records and coding work, with little patient contact",
  "nurse-practitioners.opinion": "diagnoses and prescribes: the physicians' 5",
  "occupational-therapists.hope": "coaching patients back to daily tasks over months, as physical therapists (rubric 4)",
  "physician-assistants.opinion": "diagnoses and prescribes: the physicians' 5",
  "production-supervisors.empathy": "manages a crew's conflicts and morale, unlike the machine work around it",
  "speech-language-pathologists.hope": "motivating clients through months of therapy, as physical therapists (rubric 4)",
  "teaching-assistants.opinion": "follows the teacher's plan: routine choices within clear rules",
  "airline-pilots.opinion": "the captain answers for the safety of everyone aboard: high-stakes judgement (rubric 5)",
  "airline-pilots.hope": "the captain leads the crew: the rubric's 3 for small teams",
  "drafters.creativity": "drafts what engineers and architects designed: problem-solving inside a routine",
  "audio-video-technicians.presence": "sets up and runs equipment at venues and studios, unlike the desk-based media jobs",
  "crossing-guards.opinion": "follows set procedures at a crossing: routine choices within clear rules",
  "crossing-guards.creativity": "the work follows routines",
  "editors.presence": "editing is done at a screen, often remotely",
  "emergency-dispatchers.opinion": "triages life-or-death calls and sends the help: frequent consequential decisions",
  "family-doctors.opinion": "the rubric's own example for 5 (physicians)",
  "flight-attendants.empathy": "calming and caring for passengers is a core part of the job (rubric 4)",
  "landscapers.empathy": "little contact with people whose feelings affect the work, as farmworkers",
  "photographers.presence": "shoots on location and in studios with the people photographed",
  "physical-therapist-assistants.hope": "coaches patients through recovery, as the physical therapists they work for (rubric 4)",
  "postal-mail-sorters.empathy": "machine and sorting work with little public contact",
  "surgical-technologists.empathy": "most patients are asleep while they work",
  "veterinarians.opinion": "diagnoses, operates and decides on euthanasia with owners: high-stakes judgement with ethical weight",
  "veterinary-assistants.empathy": "handles animals more than people; owners' feelings are mostly the vet's and the techs' work",
  "writers.presence": "the whole job can be done remotely",
};

const capabilities: Capability[] = ["empathy", "presence", "opinion", "creativity", "hope"];

export function rubricExampleMismatches(careers: readonly Career[]): string[] {
  const bySlug = new Map(careers.map((career) => [career.slug, career]));
  const mismatches: string[] = [];
  for (const capability of capabilities) {
    for (const [rating, slugs] of Object.entries(rubricExamples[capability])) {
      for (const slug of slugs) {
        const career = bySlug.get(slug);
        const rated = career?.aiResilience.epoch[capability];
        if (career && rated !== Number(rating)) mismatches.push(`${slug}: ${capability} is ${rated}, the rubric's example says ${rating}`);
      }
    }
  }
  return mismatches;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Ratings two or more points from the median of at least four other profiles of the same category, not yet reviewed. */
export function epochOutliers(careers: readonly Career[]): string[] {
  const outliers: string[] = [];
  for (const career of careers) {
    const peers = careers.filter((other) => other.category === career.category && other.slug !== career.slug);
    if (peers.length < 4) continue;
    for (const capability of capabilities) {
      const typical = median(peers.map((peer) => peer.aiResilience.epoch[capability]));
      const rated = career.aiResilience.epoch[capability];
      const key = `${career.slug}.${capability}`;
      if (Math.abs(rated - typical) >= 2 && !(key in reviewedOutliers)) {
        outliers.push(`${key}: ${rated}, while its category's other profiles have a median of ${typical}`);
      }
    }
  }
  return outliers;
}
