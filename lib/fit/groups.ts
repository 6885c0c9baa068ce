/**
 * How much training an occupation takes before the work, from the BLS categories of Employment
 * Projections: ready now (no formal credential or a high school diploma, learned on the job within
 * a year), a certificate or apprenticeship (a postsecondary nondegree award, some college, or a
 * diploma followed by an apprenticeship or more than a year of on-the-job training), or a degree
 * (associate's and above). Pure.
 */
import type { OccupationFigures } from "../dataset/figures";
import type { TrainingGroup } from "./answers";

export const trainingGroupText: Record<TrainingGroup, { heading: string; description: string }> = {
  now: {
    heading: "Ready now",
    description: "No formal credential or a high school diploma; you learn on the job, in a year at most.",
  },
  training: {
    heading: "A certificate or apprenticeship",
    description: "A postsecondary certificate, some college, or an apprenticeship or more than a year of training on the job.",
  },
  degree: {
    heading: "A degree",
    description: "An associate's degree (about two years) or more.",
  },
};

/** BLS on-the-job training categories that take more than a year. */
const longTraining = new Set(["Apprenticeship", "Long-term on-the-job training", "Internship/residency"]);

/** The occupation's training group; undefined when BLS publishes no entry education for it. */
export function trainingGroupOf(figures: OccupationFigures): TrainingGroup | undefined {
  const projections = figures.projections;
  const entry = projections?.entryEducation?.id;
  switch (entry) {
    case undefined:
      return undefined;
    case "none":
    case "high-school":
      return longTraining.has(projections?.onTheJobTraining ?? "") ? "training" : "now";
    case "postsecondary-certificate":
    case "some-college":
      return "training";
    default:
      return "degree";
  }
}
