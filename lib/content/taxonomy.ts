/** Fixed vocabularies of the profile format: categories and entry education levels, with their labels. */

export const categories = {
  "architecture-and-engineering": "Architecture and Engineering",
  "arts-and-design": "Arts and Design",
  "building-and-grounds-cleaning": "Building and Grounds Cleaning",
  "business-and-financial": "Business and Financial",
  "community-and-social-service": "Community and Social Service",
  "computer-and-information-technology": "Computer and Information Technology",
  "construction-and-extraction": "Construction and Extraction",
  "education-training-and-library": "Education, Training, and Library",
  "entertainment-and-sports": "Entertainment and Sports",
  "farming-fishing-and-forestry": "Farming, Fishing, and Forestry",
  "food-preparation-and-serving": "Food Preparation and Serving",
  healthcare: "Healthcare",
  "installation-maintenance-and-repair": "Installation, Maintenance, and Repair",
  legal: "Legal",
  "life-physical-and-social-science": "Life, Physical, and Social Science",
  management: "Management",
  math: "Math",
  "media-and-communication": "Media and Communication",
  military: "Military",
  "office-and-administrative-support": "Office and Administrative Support",
  "personal-care-and-service": "Personal Care and Service",
  production: "Production",
  "protective-service": "Protective Service",
  sales: "Sales",
  "transportation-and-material-moving": "Transportation and Material Moving",
} as const satisfies Record<string, string>;

export type CategoryId = keyof typeof categories;
export const categoryIds = Object.keys(categories) as [CategoryId, ...CategoryId[]];

/** Entry education levels, lowest first: the order is used to filter "at most this level". */
export const entryLevels = {
  none: "No formal credential",
  "high-school": "High school diploma or equivalent",
  "postsecondary-certificate": "Post-secondary certificate",
  "some-college": "Some college, no degree",
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  "doctoral-or-professional": "Doctoral or professional degree",
} as const satisfies Record<string, string>;

export type EntryLevel = keyof typeof entryLevels;
export const entryLevelIds = Object.keys(entryLevels) as [EntryLevel, ...EntryLevel[]];

export function categoryLabel(id: CategoryId): string {
  return categories[id];
}

export function entryLevelLabel(level: EntryLevel): string {
  return entryLevels[level];
}
