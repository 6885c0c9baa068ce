import type { Metadata } from "next";
import Link from "next/link";
import { getOccupation } from "@/lib/catalog";

type Props = { searchParams: Promise<{ career?: string | string[] }> };

export const metadata: Metadata = { title: "Thank you for your feedback", robots: { index: false, follow: true } };

/** Where the feedback form lands once a message is stored (app/feedback/route.ts): a thank-you and the way back. */
export default async function FeedbackThanksPage({ searchParams }: Props) {
  const slug = (await searchParams).career;
  const career = typeof slug === "string" ? getOccupation(slug) : undefined;
  return (
    <div className="wrap page feedback-thanks">
      <h1>Thank you for your feedback</h1>
      <p className="lede">The editors read every message. If you gave an email address, they may write back to you.</p>
      <p>
        {career ? <Link href={`/careers/${career.slug}`}>Back to {career.title}</Link> : <Link href="/careers">Browse all careers</Link>}
      </p>
    </div>
  );
}
