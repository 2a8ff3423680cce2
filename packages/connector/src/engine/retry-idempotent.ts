import { outcomeUnknown } from "./outcome-unknown.js";

/**
 * Runs an idempotent write once more when its outcome is unknown (e.g. an unreadable reply after the
 * transport's own retries, which only look at status codes). Sending the same PATCH twice is harmless;
 * creates never go through here (see `createPerson`).
 */
export async function retryIdempotent<T>(write: () => Promise<T>, onRetry: () => void): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!outcomeUnknown(error)) throw error;
    onRetry();
    return await write();
  }
}
