import { acquireStateLock } from "./state-lock.js";

/** Runs `work` holding the state dir's run lock (when `writes`; a dry run reads only). */
export async function withStateLock<T>(
  dir: string,
  command: string,
  writes: boolean,
  work: () => Promise<T>,
): Promise<T> {
  if (!writes) return work();
  const lock = await acquireStateLock(dir, command);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
