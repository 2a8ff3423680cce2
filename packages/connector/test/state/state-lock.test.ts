import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireStateLock, LOCK_FILE, StateLockedError } from "../../src/state/state-lock.js";

const fresh = () => mkdtempSync(join(tmpdir(), "connector-lock-"));
const owner = (o: object) => JSON.stringify({ command: "sync", startedAt: "2026-12-01T02:00:00Z", ...o });
/** A pid that no process has any more: a child that has already exited. */
const deadPid = () =>
  spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" })
    .stdout;

describe("acquireStateLock", () => {
  it("one holder at a time; released, the next one gets it", async () => {
    const dir = fresh();
    const lock = await acquireStateLock(dir, "sync");
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({
      pid: process.pid,
      command: "sync",
    });
    const second = await acquireStateLock(dir, "workflow run x").catch((e: unknown) => e);
    expect(second).toBeInstanceOf(StateLockedError);
    expect((second as Error).message).toMatch(/`connector sync` \(pid \d+ on .*\) is using this state dir/);
    await lock.release();
    await (await acquireStateLock(dir, "sync")).release();
  });

  it("takes over the lock of a process that is gone", async () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), owner({ pid: Number(deadPid()), host: hostname() }));
    const lock = await acquireStateLock(dir, "sync");
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("never takes over a lock of another host (its process cannot be checked) or one being written", async () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), owner({ pid: 1, host: "other-host.example" }));
    await expect(acquireStateLock(dir, "sync")).rejects.toBeInstanceOf(StateLockedError);
    writeFileSync(join(dir, LOCK_FILE), "");
    await expect(acquireStateLock(dir, "sync")).rejects.toBeInstanceOf(StateLockedError);
  });
});
