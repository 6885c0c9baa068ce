import type { ReactNode } from "react";

/** A profile section with a stable id, its heading, and a visible "link to this section" control. */
export function ProfileSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="profile-section">
      <div className="profile-section__head">
        <h2 id={`${id}-heading`}>{title}</h2>
        <a className="section-link" href={`#${id}`} aria-label={`Link to this section: ${title}`} title="Link to this section">
          <span aria-hidden="true">#</span>
        </a>
      </div>
      {children}
    </section>
  );
}
