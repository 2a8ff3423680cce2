// Options of `pnpm bench`, from flags or BENCH_* environment variables (flags win).
import { parseArgs } from "node:util";

export const DEFAULT_SIZES = [1000, 10_000, 100_000];
export const RUNS = ["first", "rerun", "churn"];
export const EXTRA_SCENARIOS = ["first-default", "adaptive"];

const spec = {
  only: {
    type: "string",
    env: "BENCH_ONLY",
    help: "comma-separated user counts, e.g. 1000,10000 (none: only --extra)",
  },
  runs: { type: "string", env: "BENCH_RUNS", help: "comma-separated runs: first,rerun,churn" },
  latency: { type: "string", env: "BENCH_LATENCY_MS", default: "40", help: "sandbox latency (ms)" },
  jitter: { type: "string", env: "BENCH_JITTER_MS", default: "20", help: "± latency spread (ms)" },
  "oomnitza-rate": {
    type: "string",
    env: "BENCH_OOMNITZA_RATE",
    default: "250",
    help: "Oomnitza limit (req/s)",
  },
  "oomnitza-burst": { type: "string", env: "BENCH_OOMNITZA_BURST", default: "50", help: "Oomnitza burst" },
  "oomnitza-page": {
    type: "string",
    env: "BENCH_OOMNITZA_PAGE",
    default: "1000",
    help: "largest page the tenant serves",
  },
  concurrency: {
    type: "string",
    env: "BENCH_CONCURRENCY",
    default: "16",
    help: "connector write concurrency",
  },
  extra: {
    type: "string",
    env: "BENCH_EXTRA",
    help: "default-config scenarios: first-default,adaptive or none (default: both on a full run, none with --only)",
  },
  "extra-users": { type: "string", env: "BENCH_EXTRA_USERS", default: "5000", help: "users of those" },
  "hidden-limit": {
    type: "string",
    env: "BENCH_HIDDEN_LIMIT",
    default: "120",
    help: "adaptive: the sandbox's write limit the connector is not told (writes/s)",
  },
  "hidden-burst": { type: "string", env: "BENCH_HIDDEN_BURST", default: "20", help: "its burst" },
  churn: { type: "string", env: "BENCH_CHURN", default: "0.01", help: "churned share of Lever users" },
  seed: { type: "string", env: "BENCH_SEED", default: "1", help: "sandbox data seed" },
  out: { type: "string", env: "BENCH_OUT", help: "results file (default bench/results.json for a full run)" },
  "no-build": { type: "boolean", help: "use the existing dist/ builds" },
  help: { type: "boolean", short: "h", help: "show this help" },
};

/** Help text listing every option with its env variable and default. */
export function benchHelp() {
  const lines = ["Usage: pnpm bench [-- --only 1000,10000] [options]", ""];
  for (const [name, o] of Object.entries(spec)) {
    const env = o.env ? ` (env ${o.env})` : "";
    const def = o.default ? ` [default ${o.default}]` : "";
    lines.push(`  --${name.padEnd(15)} ${o.help}${env}${def}`);
  }
  return lines.join("\n");
}

const list = (text, fallback) =>
  text
    ? text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : fallback;

function number(name, text) {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0, got "${text}"`);
  return n;
}

/** Parses argv (pnpm's `--` separator tolerated) and the environment into the bench's settings. */
export function parseBenchOptions(argv, env = process.env) {
  const options = Object.fromEntries(
    Object.entries(spec).map(([k, o]) => [k, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  const { values } = parseArgs({ args: argv.filter((a) => a !== "--"), options, strict: true });
  const get = (name) =>
    values[name] ?? (spec[name].env ? env[spec[name].env] : undefined) ?? spec[name].default;
  const sizes = get("only") === "none" ? [] : list(get("only"), DEFAULT_SIZES).map((s) => number("only", s));
  const runs = list(get("runs"), RUNS);
  for (const r of runs) if (!RUNS.includes(r)) throw new Error(`--runs takes ${RUNS.join(", ")}; got "${r}"`);
  const full = sizes.length === DEFAULT_SIZES.length && runs.length === RUNS.length;
  const extraText = get("extra") ?? (get("only") === undefined ? EXTRA_SCENARIOS.join(",") : "none");
  const extra = extraText === "none" ? [] : list(extraText, []);
  for (const e of extra)
    if (!EXTRA_SCENARIOS.includes(e))
      throw new Error(`--extra takes ${EXTRA_SCENARIOS.join(", ")} or none; got "${e}"`);
  return {
    help: values.help === true,
    build: values["no-build"] !== true,
    sizes,
    runs,
    latencyMs: number("latency", get("latency")),
    jitterMs: number("jitter", get("jitter")),
    oomnitzaRate: number("oomnitza-rate", get("oomnitza-rate")),
    oomnitzaBurst: number("oomnitza-burst", get("oomnitza-burst")),
    oomnitzaPage: number("oomnitza-page", get("oomnitza-page")),
    concurrency: number("concurrency", get("concurrency")),
    extra,
    extraUsers: number("extra-users", get("extra-users")),
    // The default-config scenarios run at 20 ± 10 ms, the latency of the figures they are compared with.
    extraLatencyMs: 20,
    extraJitterMs: 10,
    hiddenLimit: number("hidden-limit", get("hidden-limit")),
    hiddenBurst: number("hidden-burst", get("hidden-burst")),
    churn: number("churn", get("churn")),
    seed: number("seed", get("seed")),
    out:
      get("out") ??
      (full && extra.length === EXTRA_SCENARIOS.length
        ? "bench/results.json"
        : `bench/results.${[...sizes, ...extra].join("-")}.tmp.json`),
  };
}
