import Link from "next/link";
import { siteConfig } from "@/lib/site/site";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link href="/" className="site-header__brand">
          {siteConfig.name}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <Link href="/careers">Careers</Link>
            </li>
            <li>
              <Link href="/fit">Find your fit</Link>
            </li>
            <li>
              <Link href="/methodology">How we score AI</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
