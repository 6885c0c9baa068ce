"use client";

import { useState } from "react";

/**
 * "Copy link" for a profile. Without JavaScript it is a plain link to the profile's address (which
 * can be copied from the browser); with JavaScript it copies the address and says so.
 */
export function ShareLink({ url, title }: { url: string; title: string }) {
  const [status, setStatus] = useState("");
  async function copy(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard) return;
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      setStatus("Could not copy: use your browser's address bar");
    }
  }
  return (
    <span className="share">
      <a href={url} onClick={copy} className="share__link" aria-label={`Copy link to the ${title} profile`}>
        Copy link
      </a>
      <span className="share__status" role="status">
        {status}
      </span>
    </span>
  );
}
