/** The AI resilience score of the format: three inputs worth 0–2 points each, a tier and a sentence. Pure. */
import type { Epoch } from "../content/schema";

export type Points = 0 | 1 | 2;
export type Tier = "ai-resilient" | "ai-augmented" | "in-transition" | "high-disruption-risk";

export const tiers = {
  "ai-resilient": { label: "AI-Resilient", verdict: "means this work is well protected from AI displacement", range: "5–6" },
  "ai-augmented": { label: "AI-Augmented", verdict: "means AI will assist but humans remain essential", range: "3–4" },
  "in-transition": { label: "In Transition", verdict: "means AI is reshaping this work and skills must adapt", range: "2" },
  "high-disruption-risk": { label: "High Disruption Risk", verdict: "means a high risk of disruption by AI", range: "0–1" },
} as const satisfies Record<Tier, { label: string; verdict: string; range: string }>;

export const tierOrder: readonly Tier[] = ["ai-resilient", "ai-augmented", "in-transition", "high-disruption-risk"];

export type ScoreInput = { exposurePercent: number; growthPercent: number; epoch: Epoch };

export type Score = {
  total: number;
  tier: Tier;
  exposure: { percent: number; points: Points; level: "Low" | "Medium" | "High" };
  growth: { percent: number; points: Points; level: "Growing" | "Stable" | "Declining" };
  humanAdvantage: { sum: number; points: Points; level: "Strong" | "Moderate" | "Weak" };
  sentence: string;
};

export function exposurePoints(percent: number): Points {
  if (percent < 25) return 2;
  return percent <= 50 ? 1 : 0;
}

export function growthPoints(percent: number): Points {
  if (percent > 5) return 2;
  return percent >= 0 ? 1 : 0;
}

/** "Growing", "Stable" or "Declining": the growth input's level, also shown where there is no score. */
export function growthLevel(percent: number): "Growing" | "Stable" | "Declining" {
  return growthLevels[growthPoints(percent)];
}

/** "Low", "Medium" or "High": the exposure input's level, also shown where there is no score. */
export function exposureLevel(percent: number): "Low" | "Medium" | "High" {
  return levels[exposurePoints(percent)];
}

export function epochSum(epoch: Epoch): number {
  return epoch.empathy + epoch.presence + epoch.opinion + epoch.creativity + epoch.hope;
}

export function humanAdvantagePoints(sum: number): Points {
  if (sum >= 20) return 2;
  return sum >= 12 ? 1 : 0;
}

export function tierFor(total: number): Tier {
  if (total >= 5) return "ai-resilient";
  if (total >= 3) return "ai-augmented";
  return total === 2 ? "in-transition" : "high-disruption-risk";
}

const levels = ["High", "Medium", "Low"] as const;
const growthLevels = ["Declining", "Stable", "Growing"] as const;
const humanLevels = ["Weak", "Moderate", "Strong"] as const;

/** `Score N/6: <factors> <verdict>`: the factors at either extreme, in the format's order. */
export function scoreSentence(total: number, exposure: Points, growth: Points, human: Points): string {
  const factors = [
    exposure === 2 ? "low AI task exposure" : exposure === 0 ? "high AI task exposure" : undefined,
    growth === 2 ? "growing job demand" : growth === 0 ? "declining job demand" : undefined,
    human === 2 ? "strong human advantage" : human === 0 ? "limited human advantage" : undefined,
  ].filter((factor) => factor !== undefined);
  const named = factors.length > 0 ? factors.join(", ") : "balanced factors";
  return `Score ${total}/6: ${named} ${tiers[tierFor(total)].verdict}`;
}

export function computeScore({ exposurePercent, growthPercent, epoch }: ScoreInput): Score {
  const exposure = exposurePoints(exposurePercent);
  const growth = growthPoints(growthPercent);
  const sum = epochSum(epoch);
  const human = humanAdvantagePoints(sum);
  const total = exposure + growth + human;
  return {
    total,
    tier: tierFor(total),
    exposure: { percent: exposurePercent, points: exposure, level: levels[exposure] },
    growth: { percent: growthPercent, points: growth, level: growthLevels[growth] },
    humanAdvantage: { sum, points: human, level: humanLevels[human] },
    sentence: scoreSentence(total, exposure, growth, human),
  };
}
