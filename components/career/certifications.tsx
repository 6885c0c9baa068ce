import type { Certification } from "@/lib/content/schema";
import { ExternalLink } from "@/components/external-link";

export function Certifications({ certifications }: { certifications: Certification[] }) {
  return (
    <ul className="cert-list">
      {certifications.map((cert) => (
        <li key={cert.name} className="cert">
          <p className="cert__name">
            {cert.url ? <ExternalLink href={cert.url}>{cert.name}</ExternalLink> : cert.name}
            {cert.abbreviation && <abbr className="cert__abbr" title={cert.name}>{cert.abbreviation}</abbr>}
            {cert.required && <span className="pill">Required</span>}
          </p>
          <p className="cert__issuer">Issued by {cert.issuer}</p>
        </li>
      ))}
    </ul>
  );
}
