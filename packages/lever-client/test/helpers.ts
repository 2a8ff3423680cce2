import type { Logger } from "@lever-oomnitza/http";
import { createLeverClient } from "../src/create-lever-client.js";
import type { LeverClientOptions } from "../src/lever-client-options.js";
import type { LeverUser } from "../src/lever-types.js";

export const BASE = "https://api.lever.co";
export const KEY = "lvr_test_Secret-Key_0123456789";
export const BASIC = `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`;

/** A realistic Lever user (shaped like Lever's documented user object), overridable. */
export function leverUser(n: number, extra: Partial<LeverUser> = {}): LeverUser {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  return {
    id,
    name: `User ${n}`,
    username: `user${n}`,
    email: `user.${n}@acme.io`,
    createdAt: 1690384512345 + n,
    deactivatedAt: null,
    accessRole: "team member",
    photo: null,
    externalDirectoryId: `E-${n}`,
    linkedContactIds: null,
    jobTitle: "Recruiter",
    managerId: null,
    ...extra,
  };
}

/** A logger that keeps every line as text. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (o: object, m?: string) => {
    lines.push(JSON.stringify({ level, ...o, msg: m }));
  };
  return { lines, debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** A client against nock with fast retries and no throttle (throttling has its own test). */
export function testClient(extra: Partial<LeverClientOptions> = {}) {
  return createLeverClient({
    apiKey: KEY,
    rateLimit: false,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    timeoutMs: 2000,
    ...extra,
  });
}

/** Collect an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
