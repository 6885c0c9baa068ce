/** The five EPOCH capabilities (Loaiza & Rigobon, 2024), in the framework's order, with display labels. */
import type { Epoch } from "./schema";

export const epochLabels: ReadonlyArray<{ key: keyof Epoch; label: string }> = [
  { key: "empathy", label: "Empathy" },
  { key: "presence", label: "Presence" },
  { key: "opinion", label: "Opinion" },
  { key: "creativity", label: "Creativity" },
  { key: "hope", label: "Hope" },
];
