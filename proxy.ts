import { NextResponse, type NextRequest } from "next/server";

/**
 * Answers a path that is not valid percent-encoding (e.g. `/careers/%E0%A4%A`) with a plain 400 page
 * before routing: Next.js itself would fail on it with a 500 (vercel/next.js#92527).
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const body =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address | Workweek</title></head>' +
      '<body><main><h1>That address is not valid</h1><p>It contains a broken %-escape. <a href="/careers">Browse all careers</a>.</p></main></body></html>';
    return new NextResponse(body, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  }
}

export const config = {
  // Everything except the framework's hashed static files.
  matcher: ["/((?!_next/static).*)"],
};
