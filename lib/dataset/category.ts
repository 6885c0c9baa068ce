/**
 * The site's category of an occupation without a profile, from its SOC group: the occupational
 * groups of the Occupational Outlook Handbook follow the SOC major groups, except where the OOH
 * splits one (15: computers / math; 27: arts / entertainment / media; 29 and 31 together as healthcare).
 */
import type { CategoryId } from "../content/taxonomy";

/** Longest prefix first. */
const byPrefix: ReadonlyArray<readonly [string, CategoryId]> = [
  ["15-2", "math"],
  ["27-1", "arts-and-design"],
  ["27-2", "entertainment-and-sports"],
  ["27-3", "media-and-communication"],
  ["27-4", "media-and-communication"],
  ["11", "management"],
  ["13", "business-and-financial"],
  ["15", "computer-and-information-technology"],
  ["17", "architecture-and-engineering"],
  ["19", "life-physical-and-social-science"],
  ["21", "community-and-social-service"],
  ["23", "legal"],
  ["25", "education-training-and-library"],
  ["29", "healthcare"],
  ["31", "healthcare"],
  ["33", "protective-service"],
  ["35", "food-preparation-and-serving"],
  ["37", "building-and-grounds-cleaning"],
  ["39", "personal-care-and-service"],
  ["41", "sales"],
  ["43", "office-and-administrative-support"],
  ["45", "farming-fishing-and-forestry"],
  ["47", "construction-and-extraction"],
  ["49", "installation-maintenance-and-repair"],
  ["51", "production"],
  ["53", "transportation-and-material-moving"],
  ["55", "military"],
];

export function categoryOfSoc(socCode: string): CategoryId {
  const found = byPrefix.find(([prefix]) => socCode.startsWith(prefix));
  if (!found) throw new Error(`No category for SOC code ${socCode}`);
  return found[1];
}
