import nock from "nock";
import { afterEach, beforeAll } from "vitest";
import { createOomnitzaClient, type Logger, type OomnitzaClientOptions } from "../src/index.js";

export const BASE = "https://acme.oomnitza.com";
export const TOKEN = "tok-S3CRET-9f8e7d6c";

/** One nock lifecycle per test file: no real network, no leftovers between tests. */
export function useNock(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
  });
}

/** A logger that keeps every line, to assert what is (and is not) logged. */
export function memoryLogger(): Logger & { lines: { level: string; o: object; m?: string }[] } {
  const lines: { level: string; o: object; m?: string }[] = [];
  const at = (level: string) => (o: object, m?: string) => lines.push({ level, o, ...(m ? { m } : {}) });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A client against {@link BASE} whose waits resolve at once and are recorded in `sleeps`. */
export function testClient(overrides: Partial<OomnitzaClientOptions> = {}) {
  const sleeps: number[] = [];
  const logger = memoryLogger();
  const client = createOomnitzaClient({
    baseUrl: BASE,
    token: TOKEN,
    rateLimit: false,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 2_000,
    logger,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { client, sleeps, logger };
}

/** Reads an async iterable into an array. */
export async function toArray<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Runs `fn`, expects it to reject, and returns the rejection. */
export async function rejection(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
