#!/usr/bin/env node
// The `lever-oomnitza-sandbox` bin: both sandbox servers in the foreground.
import pkg from "../package.json" with { type: "json" };
import { runSandboxBin } from "./run-sandbox-bin.js";

runSandboxBin(process.argv.slice(2), pkg.version).then((code) => {
  process.exitCode = code;
});
