/** A "now" or sync time as epoch ms from a number (ms) or a Date; undefined when invalid. */
export function toMs(time: unknown): number | undefined {
  if (typeof time === "number") return Number.isFinite(time) ? time : undefined;
  if (time instanceof Date) {
    const ms = time.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
