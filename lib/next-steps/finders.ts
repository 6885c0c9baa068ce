/**
 * The U.S. Department of Labor's public finders a reader goes to from "Start this career": each as
 * data and a pure URL builder keyed by the occupation's title (and, where the finder takes one, the
 * place the reader typed). Only these two hosts can ever be built; URL and URLSearchParams encode
 * every value.
 *
 * Where the formats come from. CareerOneStop publishes no "link to our tools" specification. Its
 * Web API pages document the searches behind the finders — List Jobs "is used in the CareerOneStop
 * Job Finder tool" and takes a `keyword` ("a specific keyword or an occupation title or code") and a
 * `location` (ZIP code, city and state, or state)
 * (https://www.careeronestop.org/Developers/WebAPI/Jobs/list-jobs.aspx); List Licenses takes a
 * `keyword` "which may be an occupation" within a state
 * (https://www.careeronestop.org/Developers/WebAPI/Licenses/list-licenses.aspx). The finders' own
 * pages take the same two names as query parameters: CareerOneStop's own addresses read
 * `/Toolkit/Training/find-local-training.aspx?keyword=…&location=Illinois` (stored copies of its
 * pages), and so do links to `/Toolkit/Jobs/find-jobs.aspx?keyword=…&location=…`,
 * `find-licenses.aspx?keyword=…` and `find-certifications.aspx?keyword=…`. That page-level format is
 * observed, not documented: if CareerOneStop changes it, a link still opens the right finder, with
 * an empty search.
 *
 * apprenticeship.gov documents its Apprenticeship Finder only as a page where "you can search for
 * apprenticeships using keywords and/or location" (https://apprenticeship.gov/help/all); links in the
 * wild disagree on its parameters (`keyword=`, `occupation=`, `onetCode=`), so none is guessed: the
 * link opens the finder, and the page tells the reader what to type there.
 */

export type FinderOccupation = { title: string; socCode: string };

export type Finder = {
  id: FinderId;
  /** The button's and the link's words. */
  label: string;
  /** Whose finder, under the label. */
  site: string;
  /** Whether the finder reads the place; one that does not ignores it. */
  takesPlace: boolean;
  /** Said beside a finder that cannot be pre-filled: what to type there. */
  note?: (occupation: FinderOccupation) => string;
  url: (occupation: FinderOccupation, place: string | undefined) => URL;
};

export const finderIds = ["jobs", "training", "apprenticeships", "licenses", "certifications"] as const;
export type FinderId = (typeof finderIds)[number];

export const finderHosts = ["www.careeronestop.org", "www.apprenticeship.gov"] as const;

/** https://www.careeronestop.org<path>?keyword=<title>[&location=<place>] */
function careerOneStop(path: string, keyword: string, place: string | undefined): URL {
  const url = new URL(path, "https://www.careeronestop.org");
  url.searchParams.set("keyword", keyword);
  if (place !== undefined) url.searchParams.set("location", place);
  return url;
}

export const finders: Readonly<Record<FinderId, Finder>> = {
  jobs: {
    id: "jobs",
    label: "Job openings",
    site: "CareerOneStop Job Finder",
    takesPlace: true,
    url: ({ title }, place) => careerOneStop("/Toolkit/Jobs/find-jobs.aspx", title, place),
  },
  training: {
    id: "training",
    label: "Training programs",
    site: "CareerOneStop Local Training Finder",
    takesPlace: true,
    url: ({ title }, place) => careerOneStop("/Toolkit/Training/find-local-training.aspx", title, place),
  },
  apprenticeships: {
    id: "apprenticeships",
    label: "Apprenticeships",
    site: "apprenticeship.gov Apprenticeship Finder",
    takesPlace: false,
    note: ({ title }) => `search there for “${title}” and your place`,
    url: () => new URL("https://www.apprenticeship.gov/apprenticeship-job-finder"),
  },
  licenses: {
    id: "licenses",
    label: "Licenses by state",
    site: "CareerOneStop License Finder",
    takesPlace: true,
    url: ({ title }, place) => careerOneStop("/Toolkit/Training/find-licenses.aspx", title, place),
  },
  certifications: {
    id: "certifications",
    label: "Certifications",
    site: "CareerOneStop Certification Finder",
    // Certifications are national: the finder searches by keyword only.
    takesPlace: false,
    url: ({ title }) => careerOneStop("/Toolkit/Training/find-certifications.aspx", title, undefined),
  },
};

export function isFinderId(value: string): value is FinderId {
  return (finderIds as readonly string[]).includes(value);
}

/** The finder's address for an occupation and an optional, already checked place (place.ts). */
export function finderUrl(id: FinderId, occupation: FinderOccupation, place?: string): string {
  const finder = finders[id];
  return finder.url(occupation, finder.takesPlace ? place : undefined).toString();
}

/** The printed page's line, one a student can type: `careeronestop.org (jobs, training, licenses, certifications: 31-9092 Medical Assistants) · apprenticeship.gov`. */
export function whereToLookNext({ title, socCode }: FinderOccupation): string {
  return `careeronestop.org (jobs, training, licenses, certifications: ${socCode} ${title}) · apprenticeship.gov`;
}
