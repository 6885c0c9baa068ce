import type { ReactNode } from "react";
import type { ProfileSection as Section } from "@/lib/site/profile-sections";
import { ProfileSection } from "./profile-section";

/** The "On this page" list beside the sections, each rendered by `body`: shared by profiles and figures-only pages. */
export function ProfileLayout({ sections, body }: { sections: readonly Section[]; body: (id: string) => ReactNode }) {
  return (
    <div className="profile__layout">
      <nav className="profile__toc" aria-label="On this page">
        <p className="profile__toc-title">On this page</p>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="profile__sections">
        {sections.map((section) => (
          <ProfileSection key={section.id} id={section.id} title={section.title}>
            {body(section.id)}
          </ProfileSection>
        ))}
      </div>
    </div>
  );
}
