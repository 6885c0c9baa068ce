import { tiers, type Score } from "@/lib/catalog/score";

export function TierBadge({ score, showScore = true }: { score: Score; showScore?: boolean }) {
  return (
    <span className={`tier-badge tier-badge--${score.tier}`}>
      {tiers[score.tier].label}
      {/* the space stays outside the score, so a badge allowed to wrap breaks before the score */}
      {showScore && <> <span className="tier-badge__score">· {score.total}/6</span></>}
    </span>
  );
}
