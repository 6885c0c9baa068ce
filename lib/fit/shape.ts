/**
 * The questionnaire's shape, which every shared link depends on: five activities for each of the
 * six RIASEC areas, one letter each in the answers' URL. No dependencies: proxy.ts reads links with it.
 */
import { riasec } from "../dataset/figures";

export const activitiesPerArea = 5;
export const activityCount = activitiesPerArea * riasec.length;
