import type { ReactNode } from "react";

/** A link that leaves the site: only http(s) targets (checked by the schema), no referrer leak, no opener. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer external">
      {children}
    </a>
  );
}
