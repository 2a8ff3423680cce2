#!/usr/bin/env node
// publint + attw --pack on every package's built tarball: ESM and CJS consumers must both resolve types.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => resolve(root, "node_modules/.bin", name);
let failed = 0;
for (const name of readdirSync(resolve(root, "packages"))) {
  const dir = resolve(root, "packages", name);
  for (const [tool, args] of [
    ["publint", ["--strict"]],
    ["attw", ["--pack", ".", "--format", "table-flipped"]],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: dir, stdio: "pipe" });
      console.log(`✓ ${name}: ${tool}`);
    } catch (error) {
      failed++;
      console.error(`✗ ${name}: ${tool}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
process.exit(failed ? 1 : 0);
