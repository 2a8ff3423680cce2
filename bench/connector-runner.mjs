// Child process of `pnpm bench`: one connector run on the built library, so the CPU time and peak RSS it
// reports are the connector's alone. Prints one JSON line on stdout.
//   node bench/connector-runner.mjs sync <config.json>   → { report, wallSeconds, cpuSeconds, peakRssMb,
//                                                            phaseRssMb, concurrency }
//   node bench/connector-runner.mjs plan <config.json>   → { plan: facts the minimum is derived from }
import { setFlagsFromString } from "node:v8";
import { createConnector, loadConfig } from "../packages/connector/dist/index.js";

// What the `connector` CLI does first (packages/connector/src/cli/limit-heap-growth.ts): cap V8's heap
// growth at 20 % past the live data. BENCH_HEAP_GROWTH=0 leaves V8's default (up to 4×), to compare.
const growth = process.env.BENCH_HEAP_GROWTH ?? "20";
if (growth !== "0") setFlagsFromString(`--heap-growing-percent=${growth}`);

const [mode, configPath] = process.argv.slice(2);

/** What the minimum request count needs from a plan: sizes read and the actions, per batched call. */
function planFacts(plan) {
  return {
    source: plan.source,
    summary: plan.summary,
    saasApp: plan.saas ? plan.saas.app.action : null,
    roleGroups: plan.saas ? plan.saas.roles.map((r) => r.users.length) : [],
    safetyTripped: plan.saas ? plan.saas.safety.tripped : false,
  };
}

// Peak RSS per phase (sampled every 50 ms and at each progress event): where the memory goes.
const phaseRssMb = {};
let phase = "start";
let atPeak;
const sample = () => {
  const mb = Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10;
  phaseRssMb[phase] = Math.max(phaseRssMb[phase] ?? 0, mb);
  if (process.env.BENCH_HEAP && mb > (atPeak?.rss ?? 0)) {
    const m = process.memoryUsage();
    atPeak = { phase, rss: mb };
    for (const k of ["heapTotal", "heapUsed", "external", "arrayBuffers"])
      atPeak[k] = Math.round(m[k] / 2 ** 20);
  }
};
const sampler = setInterval(sample, 50);
// BENCH_HEAP=1 (with node --expose-gc): live heap after a full GC when the plan is built and when the
// first write is done, to see what the plan and the sources hold.
const heapMb = {};
const liveHeap = (name) => {
  if (!process.env.BENCH_HEAP || !globalThis.gc || heapMb[name] !== undefined) return;
  globalThis.gc();
  heapMb[name] = Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
};
const onProgress = (event) => {
  sample();
  if (event.phase === "plan") liveHeap("planned");
  if (event.phase === "apply") liveHeap("applying");
  phase = event.phase;
};

const started = performance.now();
const config = await loadConfig(configPath);
const connector = createConnector(config, { onProgress });
if (mode === "plan") {
  const plan = await connector.plan();
  process.stdout.write(`${JSON.stringify({ plan: planFacts(plan) })}\n`);
} else if (mode === "sync") {
  const report = await connector.sync();
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({
      report,
      wallSeconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      // maxRSS is in kilobytes (getrusage).
      peakRssMb: usage.maxRSS / 1024,
      phaseRssMb,
      ...(process.env.BENCH_HEAP ? { heapMb: { ...heapMb, atPeak } } : {}),
      concurrency: config.sync.concurrency,
    })}\n`,
  );
} else {
  process.stderr.write("usage: connector-runner.mjs plan|sync <config.json>\n");
  process.exitCode = 2;
}
clearInterval(sampler);
// Idle keep-alive sockets must not hold the process open (the CLI exits the same way).
process.exit(process.exitCode ?? 0);
