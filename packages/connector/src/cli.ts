#!/usr/bin/env node
// The `connector` binary: everything lives in ./cli/, this file only wires the process to it.
import pkg from "../package.json" with { type: "json" };
import { limitHeapGrowth } from "./cli/limit-heap-growth.js";
import { main } from "./cli/main.js";

limitHeapGrowth();

main(process.argv, pkg.version).then((code) => {
  // Stdout/stderr are synchronous for files, pipes and TTYs on Linux, so exiting here loses no output;
  // exiting explicitly stops idle keep-alive sockets from holding the process open.
  process.exit(code);
});
