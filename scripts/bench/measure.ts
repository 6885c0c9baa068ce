/**
 * Runs a command and measures it: wall time, CPU time and peak memory.
 *
 * Memory is measured two ways, because `next build` is several processes (the build, a TypeScript
 * checker and static-generation workers):
 * - `maxProcessMiB`: the largest single process — the kernel's exact max RSS from `/usr/bin/time -f %M`
 *   (getrusage of the waited-for tree reports the largest process, not the sum), or the sampler's
 *   figure when larger (Next's static-generation workers are not always waited for).
 * - `peakTreeMiB`: the whole process tree, summed — VmRSS of the command and all its descendants, read
 *   from /proc every 100 ms. It can miss a spike shorter than that, and counts shared pages once per
 *   process, but it is what the machine must have; the memory goal is checked against it.
 * CPU time (user + system) is the larger of /usr/bin/time's (exact, but only for the processes the
 * command waits for) and the sum over every process seen in the tree by the sampler (Next's static
 * generation workers are not always waited for). /proc is Linux only, like the rest of this benchmark.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

export type Measured = {
  wallMs: number;
  /** User + system CPU of the command and all its descendants. */
  cpuMs: number;
  maxProcessMiB: number;
  peakTreeMiB: number;
  /** Cores used on average by other work on the machine meanwhile (0 = the machine was ours). */
  otherCores: number;
  /** The processes over 10 MiB at the moment of the tree's peak. */
  peakBreakdown: TreeSample["peakBreakdown"];
  exitCode: number;
  /** The last 64 KB of stdout and stderr together. */
  output: string;
};

const gnuTime = "/usr/bin/time";
const sampleEveryMs = 100;
const keepOutputBytes = 64 * 1024;

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Clock ticks per second of /proc times (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/** CPU time (ms) all processes on the machine have used since boot, from /proc/stat. */
function machineCpuMs(): number {
  const fields = (readProc("/proc/stat") ?? "").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is work.
  const busy = fields.reduce((total, value, index) => (index === 3 || index === 4 ? total : total + value), 0);
  return (busy * 1000) / ticksPerSecond;
}

/** Own CPU time of this (benchmark) process, in ms. */
function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Starts watching how busy the machine is with work that is not ours: the CPU time every process used
 * minus the measured tree's and this process's, as an average number of cores over the interval.
 */
export function watchOtherWork(): { stop: (treeCpuMs: number) => number } {
  const machine = machineCpuMs();
  const own = ownCpuMs();
  const started = performance.now();
  return {
    stop: (treeCpuMs) => Math.max(0, (machineCpuMs() - machine - (ownCpuMs() - own) - treeCpuMs) / (performance.now() - started)),
  };
}

/** `root` and all its descendants, with each one's resident memory (KiB) and CPU time so far (ms). */
export function readTree(root: number): Array<{ pid: number; rssKiB: number; cpuMs: number }> {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    // Fields after the command name, which may contain spaces: state is [0], ppid [1], utime [11], stime [12].
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    stats.set(Number(name), fields);
    const ppid = Number(fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree: Array<{ pid: number; rssKiB: number; cpuMs: number }> = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() ?? root;
    const fields = stats.get(pid);
    const rss = readProc(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB/m);
    if (fields) tree.push({ pid, rssKiB: rss ? Number(rss[1]) : 0, cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond });
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Samples a process tree until stopped: the peak of its summed resident memory (MiB), and the CPU
 * time of every process seen in it (ms; a process's last <100 ms before it exits can be missed),
 * in all and at the first sample (subtract to get the CPU used while sampling).
 */
/** A short name for a process: its title (`next-build (v16…`), or for plain `node` the script it runs. */
function processLabel(pid: number): string {
  const argv = (readProc(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean);
  const title = argv[0] ?? String(pid);
  if (path.basename(title) !== "node") return path.basename(title);
  const script = argv.slice(1).find((arg) => !arg.startsWith("-"));
  return script ? `node ${script.split("/node_modules/").at(-1)}` : "node";
}

export type TreeSample = {
  peakMiB: number;
  /** The largest single process seen. */
  peakProcessMiB: number;
  cpuMs: number;
  cpuAtStartMs: number;
  peakBreakdown: Array<{ process: string; mib: number }>;
};

export function sampleTree(pid: number): { stop: () => TreeSample } {
  let peakKiB = 0;
  let peakProcessKiB = 0;
  let peakBreakdown: TreeSample["peakBreakdown"] = [];
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    const tree = readTree(pid);
    const total = tree.reduce((sum, entry) => sum + entry.rssKiB, 0);
    peakProcessKiB = Math.max(peakProcessKiB, ...tree.map((entry) => entry.rssKiB));
    if (total > peakKiB) {
      peakKiB = total;
      peakBreakdown = tree.filter((entry) => entry.rssKiB > 10 * 1024).map((entry) => ({ process: processLabel(entry.pid), mib: entry.rssKiB / 1024 }));
    }
    for (const entry of tree) cpuByPid.set(entry.pid, Math.max(cpuByPid.get(entry.pid) ?? 0, entry.cpuMs));
  };
  sample();
  const cpuAtStartMs = [...cpuByPid.values()].reduce((total, value) => total + value, 0);
  const timer = setInterval(sample, sampleEveryMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakMiB: peakKiB / 1024, peakProcessMiB: peakProcessKiB / 1024, cpuMs: [...cpuByPid.values()].reduce((total, value) => total + value, 0), cpuAtStartMs, peakBreakdown };
    },
  };
}

export async function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const useTime = existsSync(gnuTime);
  const scratch = mkdtempSync(path.join(tmpdir(), "bench-time-"));
  const timeFile = path.join(scratch, "time.txt");
  const [file, argv] = useTime ? [gnuTime, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const others = watchOtherWork();
  const child = spawn(file, argv, { env, stdio: ["ignore", "pipe", "pipe"] });
  const sampler = sampleTree(child.pid ?? 0);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-keepOutputBytes);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exitCode = await new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  const sampled = sampler.stop();
  const peakTreeMiB = sampled.peakMiB;
  let cpuMs: number | undefined = sampled.cpuMs;
  let maxProcessMiB = sampled.peakProcessMiB;
  if (useTime && existsSync(timeFile)) {
    const fields = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
    if (fields.length === 4 && fields.every(Number.isFinite)) {
      // Exact for the processes the command waited for; Next's build workers may not be among them.
      cpuMs = Math.max(sampled.cpuMs, (fields[1] + fields[2]) * 1000);
      maxProcessMiB = Math.max(sampled.peakProcessMiB, fields[3] / 1024);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, cpuMs, maxProcessMiB, peakTreeMiB, peakBreakdown: sampled.peakBreakdown, otherCores: others.stop(cpuMs), exitCode, output };
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers (any status), or throws after `timeoutMs`. */
export async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before answering`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** Stops a process started by this benchmark: SIGTERM, then SIGKILL after 5 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Builds the site into `distDir` (the real content unless `env` says otherwise) with SITE_URL set to
 * the loopback origin it will be served on, then starts the production server (scripts/serve.ts) there in
 * its own process group.
 * Build and server output go to `logFile`; on a failed build its last lines are printed.
 */
export async function buildAndServe(distDir: string, logFile: string, env: Record<string, string> = {}): Promise<{ origin: string; server: ChildProcess }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const fullEnv = { ...process.env, SITE_URL: origin, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...env };
  const next = path.resolve("node_modules/.bin/next");
  const log = openSync(logFile, "w");
  console.log(`Building the production site into ${distDir} (log: ${logFile}) …`);
  // next build adds its dist folder's type files to tsconfig.json's include: a benchmark leaves the project as it found it.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const build = spawnSync(next, ["build"], { env: fullEnv, stdio: ["ignore", log, log] });
  writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) {
    console.error(readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n"));
    throw new Error(`next build failed (exit ${build.status ?? build.signal}); see ${logFile}`);
  }
  // The production server as `npm run serve` starts it: Next.js behind the front door.
  const tsx = path.resolve("node_modules/.bin/tsx");
  const server = spawn(tsx, ["scripts/serve.ts", "--hostname", "127.0.0.1", "--port", String(port)], { env: fullEnv, stdio: ["ignore", log, log], detached: true });
  await waitForServer(`${origin}/`, server);
  return { origin, server };
}
