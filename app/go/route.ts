import { getOccupationBySoc } from "@/lib/catalog";
import { answerGo } from "@/lib/next-steps/go";

/** "Start this career" without JavaScript: checks the form and redirects to the chosen finder (lib/next-steps/go.ts). */
export function GET(request: Request): Response {
  return answerGo(request, (socCode) => {
    const occupation = getOccupationBySoc(socCode);
    return occupation && { title: occupation.title, socCode: occupation.socCode, path: `/careers/${occupation.slug}` };
  });
}
