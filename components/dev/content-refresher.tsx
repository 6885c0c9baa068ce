"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Development only: Next does not watch content files, so this asks the dev server once a second
 * whether anything in content/ changed and refreshes the page when it did.
 */
export function ContentRefresher() {
  const router = useRouter();
  useEffect(() => {
    let last: string | undefined;
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch("/dev/content-version", { cache: "no-store" });
        const version = await response.text();
        if (last !== undefined && version !== last) router.refresh();
        last = version;
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
      if (!stopped) timer = setTimeout(check, 1000);
    };
    let timer = setTimeout(check, 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [router]);
  return null;
}
