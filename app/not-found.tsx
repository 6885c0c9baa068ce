import type { Metadata } from "next";
import Link from "next/link";
import { CareerSearch } from "@/components/career-search";

export const metadata: Metadata = {
  title: "Page not found",
  description: "We could not find that page. Browse all careers or search by job title.",
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <div className="wrap page not-found">
      <h1>We could not find that page</h1>
      <p className="lede">The address may be mistyped, or the career may have a different name here.</p>
      <CareerSearch id="not-found-q" label="Search careers by job title, other names or skills" className="not-found__search" />
      <ul>
        <li>
          <Link href="/careers">Browse all careers</Link>
        </li>
        <li>
          <Link href="/methodology">Read how we score AI resilience</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
