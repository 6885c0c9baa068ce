/**
 * The `onWritten` hook of `npm run data:import`: loads the published profiles once with the previous
 * dataset and once with the new one, and says whose AI tier moved (tier-moves.ts). The datasets are
 * read from the folders the import hands over, never from the per-process cache, which may still
 * hold the files this import has just replaced.
 */
import { existsSync } from "node:fs";
import type { AfterWrite } from "../dataset/import";
import { readNationalDataset, type NationalDataset } from "../dataset/national";
import { loadCatalog } from "./load";
import { describeTierMoves, type ProfileScore } from "./tier-moves";

function scoresWith(careersDir: string, dataset: NationalDataset): ProfileScore[] {
  return loadCatalog(careersDir, "production", { dataset }).careers.map(({ slug, score }) => ({ slug, score }));
}

/** The hook for the profiles in `careersDir` (`<content root>/careers`). */
export function reportTierMoves(careersDir: string): AfterWrite {
  return (beforeDir, afterDir) => {
    // A content root holding only the dataset has no profiles whose tiers could move.
    if (!existsSync(careersDir)) return [];
    const after = scoresWith(careersDir, readNationalDataset(afterDir));
    if (beforeDir === undefined) return describeTierMoves(undefined, after);
    let previous: NationalDataset;
    try {
      previous = readNationalDataset(beforeDir);
    } catch (error) {
      // The new files are already written: say why there is no comparison rather than fail the import.
      const reason = error instanceof Error ? error.message : String(error);
      return [`AI tiers not compared: the previous dataset could not be read (${reason}).`];
    }
    return describeTierMoves(scoresWith(careersDir, previous), after);
  };
}
