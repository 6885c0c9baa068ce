import Link from "next/link";
import { siteConfig } from "@/lib/site/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          {siteConfig.name} explains careers with public figures from the U.S. Bureau of Labor Statistics, O*NET and
          published research on AI. <Link href="/methodology">How we score AI resilience</Link>.
        </p>
      </div>
    </footer>
  );
}
