import type { DeliveryOptions } from "../notify/deliver-webhook.js";
import type { KeychainStore } from "../secrets/keychain-store.js";

/** A stream the CLI writes to; `isTTY` decides colours, bars and prompts. */
export interface CliStream {
  write(chunk: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** The process edges the CLI touches, injectable so commands stay testable. */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean | undefined };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The keychain behind `*From: keychain` and `connector credentials`; the OS keychain by default. */
  keychain?: KeychainStore | undefined;
  /** Webhook delivery tuning (attempts, delays); the defaults by default. */
  notifyDelivery?: DeliveryOptions | undefined;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
