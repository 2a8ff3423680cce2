#!/usr/bin/env node
// The `lever-oomnitza-sandbox` bin: both sandbox servers in the foreground.
import { parseSandboxArgs, runSandboxCli } from "./run-sandbox-cli.js";

const fail = (error: unknown) => {
  process.stderr.write(`lever-oomnitza-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
};

try {
  runSandboxCli(parseSandboxArgs(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  }, fail);
} catch (error) {
  fail(error);
}
