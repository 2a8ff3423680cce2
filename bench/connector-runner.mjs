// Child process of `pnpm bench`: one connector run on the built library, so the CPU time and peak RSS it
// reports are the connector's alone. Prints one JSON line on stdout.
//   node bench/connector-runner.mjs sync <config.json>   → { report, wallSeconds, cpuSeconds, peakRssMb,
//                                                            phaseRssMb, concurrency }
//   node bench/connector-runner.mjs plan <config.json>   → { plan: facts the minimum is derived from }
import { createConnector, loadConfig } from "../packages/connector/dist/index.js";

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
const sample = () => {
  const mb = Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10;
  phaseRssMb[phase] = Math.max(phaseRssMb[phase] ?? 0, mb);
};
const sampler = setInterval(sample, 50);
const onProgress = (event) => {
  sample();
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
