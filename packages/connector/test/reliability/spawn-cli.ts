// The reliability suite runs the built binary through the CLI tests' runner (with its `watch` hook).
export { type CliRun as CliResult, runCli as spawnCli } from "../cli/run-cli.js";
