import type { Logger } from "../src/logger.js";

/** A scripted fetch: each call takes the next reply (a Response factory or an error to throw). */
export function scriptedFetch(replies: (() => Response | Promise<Response> | Error)[]) {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const fetch = async (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    bodies.push(await request.clone().text());
    const reply = replies.shift();
    if (!reply) throw new Error("scriptedFetch: no reply left");
    const value = await reply();
    if (value instanceof Error) throw value;
    return value;
  };
  return { fetch: fetch as typeof globalThis.fetch, requests, bodies };
}

/** JSON response helper. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): () => Response {
  return () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
}

/** A logger that records every line as JSON text, to search for leaked secrets. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (o: object, m?: string) => {
    lines.push(JSON.stringify({ level, ...o, msg: m }));
  };
  return { lines, debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** A sleep that records the delays and returns at once. */
export function recordingSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
  };
  return { delays, sleep };
}
