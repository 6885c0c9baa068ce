/**
 * The production server: `next start`, with a front door (lib/server/front-door.ts) that refuses
 * requests the site cannot use before Next.js spends anything on them.
 *
 *   npm run serve [-- --port 3000]        an existing build (`npm start` builds first)
 *   node serve.js                         the same, bundled into a standalone build (npm run build:standalone)
 *
 * PORT (default 3000), HOSTNAME (default all interfaces) and NEXT_DIST_DIR as for `next start`.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { clientAddress, clientAddressHeader, trustProxy } from "../lib/server/client-address";
import { refusalPage, screenRequest } from "../lib/server/front-door";
import { securityHeaders } from "../lib/site/security-headers";
import { siteOrigin } from "../lib/site/site";
import { readArgs } from "./cli-args";

const usage = "Usage: npm run serve [-- --port 3000] [--hostname 127.0.0.1]";
const { values: args } = readArgs(
  { args: process.argv.slice(2), options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } },
  usage,
);
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Port ${JSON.stringify(args.port ?? process.env.PORT)} is not a port number.\n${usage}`);
  process.exit(1);
}
const dir = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/**
 * In a standalone build there is no next.config.ts: Next.js wrote the resolved configuration into
 * the build, and its own server.js starts from that. So do we.
 */
function standaloneConfig(): object | undefined {
  if (["next.config.ts", "next.config.js", "next.config.mjs"].some((name) => existsSync(path.join(dir, name)))) return undefined;
  const file = path.join(dir, distDir, "required-server-files.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { config: object }).config : undefined;
}

const conf = standaloneConfig();
if (conf) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);

const app = next({ dev: false, dir, port, hostname, ...(conf ? { conf } : {}) });
const handle = app.getRequestHandler();
const refusalHeaders = securityHeaders({ https: siteOrigin().startsWith("https:") });
const behindProxy = trustProxy();

function answer(request: IncomingMessage, response: ServerResponse) {
  const screened = screenRequest(request);
  if (!screened.ok) {
    const { refusal } = screened;
    const body = refusalPage(refusal);
    response.writeHead(refusal.status, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      ...Object.fromEntries(refusalHeaders.map(({ key, value }) => [key, value])),
      ...refusal.headers,
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  request.url = screened.admission.url;
  for (const name of screened.admission.dropHeaders) delete request.headers[name];
  // For the feedback rate limit (lib/server/client-address.ts); a client's own copy is replaced.
  request.headers[clientAddressHeader] = clientAddress({ remoteAddress: request.socket.remoteAddress, headers: request.headers, trustProxy: behindProxy });
  handle(request, response).catch((error: unknown) => {
    // Next.js answers its own errors; this is the last resort, so one failure never stops the server.
    console.error(error);
    if (!response.headersSent) {
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      response.end("Internal server error");
    } else {
      response.destroy();
    }
  });
}

await app.prepare();
const server = createServer(answer);
server.listen(port, hostname, () => {
  // The port actually bound: with --port 0 the system picks a free one (tests/e2e/feedback-restart.spec.ts reads it here).
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  console.log(`Serving ${path.relative(process.cwd(), path.join(dir, distDir)) || distDir} at http://${hostname ?? "localhost"}:${bound}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Requests still running get 5 s to finish.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
