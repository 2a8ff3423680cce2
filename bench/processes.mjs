// The bench's two kinds of child process: the sandbox (long-lived, IPC) and one connector run each.
import { fork, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Forks the sandbox process; `call(type, args)` resolves with its answer. */
export function startSandboxProcess() {
  const child = fork(here("./sandbox-process.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map();
  let next = 0;
  child.on("message", (msg) => {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.ok) p?.resolve(msg.result);
    else p?.reject(new Error(`sandbox: ${msg.error}`));
  });
  child.on("exit", (code) => {
    for (const p of pending.values()) p.reject(new Error(`sandbox process exited (${code})`));
    pending.clear();
  });
  const call = (type, args = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      child.send({ id, type, ...args });
    });
  return { call, pid: child.pid, close: () => call("close").catch(() => {}) };
}

/** Runs `connector-runner.mjs <mode> <config>` in its own process; resolves with its JSON line. */
export function runConnector(mode, configPath) {
  return new Promise((resolve, reject) => {
    // BENCH_HEAP=1: the runner also reports the live heap after a full GC (needs --expose-gc).
    const flags = process.env.BENCH_HEAP ? ["--expose-gc"] : [];
    const child = spawn(process.execPath, [...flags, here("./connector-runner.mjs"), mode, configPath], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        reject(new Error(`connector ${mode} exited ${code}: ${err.trim() || out.trim()}`));
        return;
      }
      resolve(JSON.parse(last));
    });
  });
}

/** Runs the mapping micro-benchmark; its last stdout line is `{ usersPerSecond }`. */
export function runMappingBench(root) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}/packages/mapping/bench/mapping-bench.mjs`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`mapping bench exited ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}"));
    });
  });
}
