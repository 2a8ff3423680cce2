#!/usr/bin/env node
// Benchmarks live in packages/*/bench; filled in by the benchmarks issue.
console.log("no benchmarks yet");
