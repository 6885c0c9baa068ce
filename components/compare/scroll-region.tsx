"use client";

/**
 * A region that scrolls sideways and is a Tab stop only while it can scroll: keyboard users must be
 * able to reach a scrolling region (to move it with the arrow keys), but a Tab stop that does nothing
 * is noise. Whether it overflows depends on the screen, and CSS cannot change what is focusable, so
 * this needs a few lines of script. Without JavaScript the region stays focusable, as rendered.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";

export function ScrollRegion({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  // Unknown until measured: focusable as rendered (a scrolling region must be reachable without
  // JavaScript), and no data-scrolls until then (the CSS shows the "scroll sideways" note by it).
  const [scrolls, setScrolls] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    // Fires once on observing, then whenever the region or its content changes size.
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={region} className={className} role="region" aria-label={label} tabIndex={scrolls === false ? undefined : 0}
      data-scrolls={scrolls === undefined ? undefined : String(scrolls)}>
      {children}
    </div>
  );
}
