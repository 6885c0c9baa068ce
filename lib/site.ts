/** Site-wide constants in one typed place. */
export const siteConfig = {
  name: "Workweek",
  description:
    "What people in a job actually do all week, how to get in, what it pays, and how exposed it is to AI: clear, sourced career profiles.",
  /** Careers offered as starting points on the home page, when they exist. */
  featured: ["registered-nurses", "electricians", "software-developers", "medical-assistants", "accountants", "elementary-school-teachers"],
} as const;
