#!/usr/bin/env node
// Prints the closing line CI reads ("N passed, N failed") from vitest's JSON report.
import { existsSync, readFileSync } from "node:fs";

const [file, status] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  // The suite never reached vitest (lint, typecheck or build failed): count that as one failure.
  console.log(`0 passed, ${status === "0" ? 0 : 1} failed`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const line = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
console.log(skipped ? `${line}, ${skipped} skipped` : line);
