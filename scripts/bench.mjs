#!/usr/bin/env node
// `pnpm bench` (not part of `pnpm test`): builds the packages, then runs bench/run-bench.mjs.
// `pnpm bench -- --help` lists the options; `pnpm bench -- --only 1000` runs one size.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchHelp, parseBenchOptions } from "../bench/bench-options.mjs";
import { runBench } from "../bench/run-bench.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

let options;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n\n${benchHelp()}`);
  process.exit(2);
}
if (options.help) {
  console.log(benchHelp());
  process.exit(0);
}
if (options.build) {
  const build = spawnSync("pnpm", ["build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) {
    console.error("pnpm build failed; fix it or pass --no-build to use the existing dist/.");
    process.exit(1);
  }
}
await runBench(options, root);
