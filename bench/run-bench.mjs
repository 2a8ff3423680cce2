// `pnpm bench`: the connector against the sandbox at Lever's real limit and realistic latency, at 1k, 10k
// and 100k Lever users; first sync, no-change rerun and 1% churn. The sandbox and each connector run live
// in separate processes so CPU and RSS are the connector's own. Writes bench/results.json and a table.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { formatResults } from "./format-results.mjs";
import { boundSeconds, minimumRequests } from "./minimum-requests.mjs";
import { runConnector, runMappingBench, startSandboxProcess } from "./processes.mjs";

const LEVER_LIMIT = { perSecond: 10, burst: 20 }; // docs/vendor-facts.md#lever-rate-limits
const SAAS_BATCH = 500; // the connector's SaaS batch size (ids per assign/activate/deactivate/roles call)

/**
 * The connector config of a measured run (throttles on), of the unmeasured pre-plan (throttles off), or
 * (`mode` "default") what a user writes: no `rateLimit` (adaptive Oomnitza writes), no `concurrency`.
 */
function connectorConfig(endpoints, stateDir, o, throttled, mode = "pinned") {
  const pinned = mode !== "default";
  return {
    lever: {
      baseUrl: endpoints.lever.baseUrl,
      apiKey: endpoints.lever.apiKey,
      // Measured runs keep the client's default throttle (Lever's documented 10/s, burst 20).
      ...(throttled ? {} : { rateLimit: false }),
    },
    oomnitza: {
      baseUrl: endpoints.oomnitza.baseUrl,
      token: endpoints.oomnitza.token,
      ...(!throttled
        ? { rateLimit: false }
        : pinned
          ? { rateLimit: { perSecond: o.oomnitzaRate, burst: o.oomnitzaBurst } }
          : {}),
    },
    sync: {
      records: "users-and-saas-users",
      preference: "create-and-update",
      ...(pinned ? { concurrency: o.concurrency } : {}),
    },
    mapping: {
      syncKeys: ["lever_id", "email"],
      role: 25,
      fields: {
        username: { from: "email", transform: ["trim", "lowercase"] },
        email: { from: "email", transform: ["trim", "lowercase"] },
        first_name: { from: "name", transform: "first-name" },
        last_name: { from: "name", transform: "last-name" },
        lever_id: "id",
      },
    },
    saas: { app: "Lever", deactivateMissing: true, maxDeactivations: "5%" },
    state: { dir: stateDir },
  };
}

function sandboxFaults(o, throttled) {
  const latency = throttled
    ? { latencyMs: o.latencyMs, jitterMs: o.jitterMs }
    : { latencyMs: 0, jitterMs: 0 };
  return {
    lever: { ...latency, rateLimit: throttled ? LEVER_LIMIT : false },
    oomnitza: {
      ...latency,
      // A write limit: Oomnitza publishes no numbers (docs/vendor-facts.md#oomnitza-errors-and-limits); reads stay unthrottled.
      rateLimit: throttled ? { perSecond: o.oomnitzaRate, burst: o.oomnitzaBurst, writesOnly: true } : false,
    },
  };
}

/** Sandbox settings of a default-config scenario: 20 ± 10 ms, Lever at its limit, Oomnitza's limit hidden. */
function extraFaults(o, name, throttled) {
  const latency = throttled ? { latencyMs: o.extraLatencyMs, jitterMs: o.extraJitterMs } : {};
  const hidden = { perSecond: o.hiddenLimit, burst: o.hiddenBurst, writesOnly: true };
  return {
    lever: { latencyMs: 0, jitterMs: 0, ...latency, rateLimit: throttled ? LEVER_LIMIT : false },
    oomnitza: {
      latencyMs: 0,
      jitterMs: 0,
      ...latency,
      rateLimit: throttled && name === "adaptive" ? hidden : false,
    },
  };
}

/** Oomnitza write requests (every method but GET/HEAD) the sandbox received, 429s included. */
function writeRequests(byRoute) {
  let n = 0;
  for (const [route, count] of Object.entries(byRoute ?? {})) if (!/^(GET|HEAD) /.test(route)) n += count;
  return n;
}

/**
 * A first sync of `o.extraUsers` with the config a user writes (no rateLimit, no concurrency): against no
 * Oomnitza limit (target < 30 s, bound: writes × latency ÷ concurrency), or a hidden write limit that the
 * adaptive rate must find (target: settled ≥ 85 % of it, 429s ≤ 2 % of write requests, nothing failed).
 */
async function measureExtra(o, name) {
  const users = o.extraUsers;
  const sandbox = startSandboxProcess();
  const dir = mkdtempSync(join(os.tmpdir(), `bench-${name}-`));
  try {
    const endpoints = await sandbox.call("start", { users, seed: o.seed });
    const planConfig = join(dir, "plan.config.json");
    const syncConfig = join(dir, "sync.config.json");
    const state = join(dir, "state");
    writeFileSync(planConfig, JSON.stringify(connectorConfig(endpoints, state, o, false)));
    writeFileSync(syncConfig, JSON.stringify(connectorConfig(endpoints, state, o, true, "default")));
    await sandbox.call("configure", extraFaults(o, name, false));
    const { plan } = await runConnector("plan", planConfig);
    await sandbox.call("configure", extraFaults(o, name, true));
    await sandbox.call("resetStats");
    const result = await runConnector("sync", syncConfig);
    const stats = await sandbox.call("stats");
    const minimum = minimumRequests(plan, { oomnitzaPage: o.oomnitzaPage, saasBatch: SAAS_BATCH });
    const { report } = result;
    const hidden = name === "adaptive";
    const bound = boundSeconds(minimum, {
      leverRate: LEVER_LIMIT.perSecond,
      oomnitzaRate: hidden ? o.hiddenLimit : Number.POSITIVE_INFINITY,
      latencyMs: o.extraLatencyMs,
      concurrency: result.concurrency,
    });
    const oomnitzaWrites = writeRequests(stats.oomnitza.byRoute);
    const rate = report.writeRate ?? {};
    const common = {
      name,
      users,
      run: name,
      wallSeconds: round(result.wallSeconds, 3),
      boundSeconds: round(bound, 3),
      requests: { lever: stats.lever.requests, oomnitza: stats.oomnitza.requests },
      minimumRequests: { lever: minimum.lever, oomnitza: minimum.oomnitza },
      lever429: stats.lever.rateLimited,
      writes: stats.lever.writes + stats.oomnitza.writes,
      cpuSeconds: round(result.cpuSeconds, 3),
      peakRssMb: round(result.peakRssMb, 1),
      concurrency: result.concurrency,
      latencyMs: `${o.extraLatencyMs}±${o.extraJitterMs}`,
      samePlan: JSON.stringify(report.planned) === JSON.stringify(plan.summary),
      outcome: report.outcome,
      failedRecords: report.counts.users.failed + report.counts.saas.failed,
      writeRate: {
        mode: rate.mode,
        startPerSecond: rate.startPerSecond,
        reachedPerSecond: rate.reachedPerSecond,
        settledPerSecond: rate.settledPerSecond,
        achievedPerSecond: rate.achievedPerSecond,
        cutCount: rate.cutCount,
        cutReasons: countBy(rate.cuts ?? [], (c) => c.reason),
      },
    };
    const scenario = hidden
      ? {
          ...common,
          hiddenLimitPerSecond: o.hiddenLimit,
          hiddenBurst: o.hiddenBurst,
          settledPerSecond: rate.settledPerSecond,
          settledShare: round(rate.settledPerSecond / o.hiddenLimit, 3),
          oomnitzaWriteRequests: oomnitzaWrites,
          oomnitza429: stats.oomnitza.rateLimited,
          rateLimitedShare: round(stats.oomnitza.rateLimited / Math.max(1, oomnitzaWrites), 4),
        }
      : { ...common, targetSeconds: 30 };
    return scenario;
  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function countBy(items, key) {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

const label = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** One measured run: an unthrottled pre-plan for the minimum, then the real sync with the sandbox's stats. */
async function measure(sandbox, endpoints, dir, o, users, run) {
  const planConfig = join(dir, "plan.config.json");
  const syncConfig = join(dir, "sync.config.json");
  writeFileSync(planConfig, JSON.stringify(connectorConfig(endpoints, join(dir, "state"), o, false)));
  writeFileSync(syncConfig, JSON.stringify(connectorConfig(endpoints, join(dir, "state"), o, true)));

  await sandbox.call("configure", sandboxFaults(o, false));
  const { plan } = await runConnector("plan", planConfig);
  await sandbox.call("configure", sandboxFaults(o, true));
  await sandbox.call("resetStats");
  const result = await runConnector("sync", syncConfig);
  const stats = await sandbox.call("stats");

  const minimum = minimumRequests(plan, { oomnitzaPage: o.oomnitzaPage, saasBatch: SAAS_BATCH });
  const bound = boundSeconds(minimum, {
    leverRate: LEVER_LIMIT.perSecond,
    oomnitzaRate: o.oomnitzaRate,
    latencyMs: o.latencyMs,
    concurrency: o.concurrency,
  });
  const { report } = result;
  const notes = [];
  if (JSON.stringify(report.planned) !== JSON.stringify(plan.summary))
    notes.push("plan differs from pre-plan");
  if (report.outcome !== "ok") notes.push(`outcome ${report.outcome} (${report.failures.length} failures)`);
  if (stats.oomnitza.rateLimited > 0) notes.push(`${stats.oomnitza.rateLimited} Oomnitza 429s`);
  return {
    scenario: {
      name: `${label(users)}-${run}`,
      users,
      run,
      wallSeconds: round(result.wallSeconds, 3),
      boundSeconds: round(bound, 3),
      requests: { lever: stats.lever.requests, oomnitza: stats.oomnitza.requests },
      minimumRequests: { lever: minimum.lever, oomnitza: minimum.oomnitza },
      lever429: stats.lever.rateLimited,
      writes: stats.lever.writes + stats.oomnitza.writes,
      cpuSeconds: round(result.cpuSeconds, 3),
      peakRssMb: round(result.peakRssMb, 1),
    },
    notes: [
      ...notes,
      `Lever peak ${stats.lever.maxPerSecond.apiKey ?? 0} req/s`,
      `planned ${JSON.stringify(plan.summary.users)}`,
    ],
  };
}

const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;

function machine() {
  const cpus = os.cpus();
  const memGb = Math.round(os.totalmem() / 2 ** 30);
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} × ${cpus.length}, ${memGb} GB, ${os.type()} ${os.release()}`;
}

/** Runs the selected scenarios, prints the table, writes the results file; returns the results. */
export async function runBench(o, root) {
  const scenarios = [];
  const log = (line) => process.stderr.write(`${line}\n`);
  for (const users of o.sizes) {
    const sandbox = startSandboxProcess();
    const dir = mkdtempSync(join(os.tmpdir(), `bench-${users}-`));
    try {
      const endpoints = await sandbox.call("start", { users, seed: o.seed });
      log(
        `· ${label(users)}: sandbox up (${endpoints.leverUsers} Lever users, ${endpoints.oomnitzaUsers} Oomnitza people)`,
      );
      for (const run of o.runs) {
        if (run === "churn") {
          const changed = await sandbox.call("churn", { fraction: o.churn, seed: o.seed + 41 });
          log(`  churn: ${JSON.stringify(changed)}`);
        }
        const { scenario, notes } = await measure(sandbox, endpoints, dir, o, users, run);
        scenarios.push(scenario);
        log(
          `  ${scenario.name}: ${scenario.wallSeconds} s (bound ${scenario.boundSeconds} s), ${scenario.writes} writes; ${notes.join("; ")}`,
        );
      }
      const { duplicates } = await sandbox.call("check");
      if (!duplicates.clean) log(`  ! duplicates in Oomnitza: ${JSON.stringify(duplicates)}`);
    } finally {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const name of o.extra) {
    log(`· ${name}: ${o.extraUsers} users, default config, ${o.extraLatencyMs} ± ${o.extraJitterMs} ms`);
    const scenario = await measureExtra(o, name);
    scenarios.push(scenario);
    log(`  ${name}: ${JSON.stringify(scenario)}`);
  }
  const mapping = await runMappingBench(root);
  const results = {
    machine: machine(),
    node: process.version,
    date: new Date().toISOString(),
    scenarios,
    mapping: { usersPerSecond: mapping.usersPerSecond },
  };
  const out = resolve(root, o.out);
  mkdirSync(resolve(out, ".."), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatResults(results));
  console.log(`\nwritten to ${o.out}`);
  return results;
}
