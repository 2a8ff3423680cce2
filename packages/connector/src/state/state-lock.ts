import { readFile, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { ensureStateDir } from "./ensure-state-dir.js";

/** The lock file's name inside `state.dir`. */
export const LOCK_FILE = "connector.lock";

/** Who holds the lock, as written into the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

/** Another live run holds `state.dir`: two runs on one state dir would write the same records twice. */
export class StateLockedError extends Error {
  override name = "StateLockedError";
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner | undefined,
  ) {
    const who = owner
      ? `\`connector ${owner.command}\` (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt})`
      : "another run";
    super(`${who} is using this state dir: ${lockPath} is held.`);
  }
  readonly fix =
    "wait for that run to finish (`connector schedule` skips a tick while it runs). If no such process exists, delete the lock file.";
}

/** A held lock; `release()` is idempotent. */
export interface StateLock {
  readonly path: string;
  release(): Promise<void>;
}

/**
 * Takes the run lock of `state.dir` (created with O_EXCL, so only one process can win). A lock whose
 * process is gone on this host is stale — a run killed with SIGKILL leaves one — and is taken over.
 * A live owner, or one on another host that cannot be checked, is a `StateLockedError`.
 */
export async function acquireStateLock(dir: string, command: string): Promise<StateLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  // The same checked creation as the run reports' folder: a state.dir such as /proc/self is a config
  // error at once, not an endless recursive mkdir.
  await ensureStateDir(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}\n`, { flag: "wx", mode: 0o600 });
      return lockAt(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = await readOwner(path);
    if (owner ? !isStale(owner) : await isFresh(path)) throw new StateLockedError(path, owner);
    // Stale, or unreadable for longer than a write takes: remove it and race for it again with O_EXCL.
    await unlink(path).catch(() => undefined);
  }
  throw new StateLockedError(path, await readOwner(path));
}

function lockAt(path: string): StateLock {
  let held = true;
  return {
    path,
    async release() {
      if (!held) return;
      held = false;
      const owner = await readOwner(path);
      if (owner?.pid === process.pid && owner.host === hostname()) await unlink(path).catch(() => undefined);
    },
  };
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const o = JSON.parse(await readFile(path, "utf8")) as Partial<LockOwner>;
    if (typeof o.pid === "number" && typeof o.host === "string")
      return {
        pid: o.pid,
        host: o.host,
        command: String(o.command ?? "?"),
        startedAt: String(o.startedAt ?? "?"),
      };
  } catch {
    // missing or half-written: treated as stale
  }
  return undefined;
}

/** An unreadable lock younger than a few seconds may be one being written right now. */
async function isFresh(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

/** Only a lock of this host can be checked: its process is gone (kill 0 says ESRCH). */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
