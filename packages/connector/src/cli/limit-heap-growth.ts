import { setFlagsFromString } from "node:v8";

/**
 * How much V8 lets the heap grow past what the last full GC found alive, in percent. V8's own choice on a
 * machine with plenty of memory is up to 4× (300 %): a sync of 100,000 users, whose live data is ~100 MB,
 * then peaks near 500 MB of RSS, mostly garbage not yet collected. At 20 % the peak follows the live data,
 * for a few percent more CPU spent in GC (bench/README.md, "Memory").
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Caps V8's heap growth for this process, unless the user chose their own heap settings in NODE_OPTIONS.
 * Only the CLI calls this: it owns its process, a library embedding the connector does not.
 * @see https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
export function limitHeapGrowth(nodeOptions = process.env.NODE_OPTIONS ?? ""): boolean {
  if (/--(max-old-space-size|heap-growing-percent)\b/.test(nodeOptions)) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
