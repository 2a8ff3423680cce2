import type { Middleware } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import {
  ApiError,
  authMiddleware,
  createTransport,
  decideFailure,
  type ErrorKind,
  errorMiddleware,
  type Logger,
  paginateCursor,
  paginateOffset,
  type RateLimitOptions,
  type RetryOptions,
  redact,
  type TransportOptions,
  type TransportStats,
  type WriteRateReport,
} from "../src/index.js";
import type { TokenBucket } from "../src/token-bucket.js";

describe("public types", () => {
  it("createTransport takes its options and returns a fetch plus live stats and the write rate", () => {
    expectTypeOf(createTransport).parameter(0).toEqualTypeOf<TransportOptions>();
    expectTypeOf(createTransport).returns.toEqualTypeOf<{
      fetch: typeof fetch;
      stats: TransportStats;
      writeRate: () => WriteRateReport;
    }>();
    expectTypeOf<WriteRateReport["mode"]>().toEqualTypeOf<"adaptive" | "fixed" | "off">();
    expectTypeOf<TransportOptions["rateLimit"]>().toEqualTypeOf<RateLimitOptions | false | undefined>();
    expectTypeOf<TransportOptions["retry"]>().toEqualTypeOf<Partial<RetryOptions> | false | undefined>();
    expectTypeOf<TransportOptions["logger"]>().toEqualTypeOf<Logger | undefined>();
    // @ts-expect-error: service and secrets are required.
    void (() => createTransport({ baseUrl: "https://x.test" }));
  });

  it("ApiError carries the documented fields and a closed set of kinds", () => {
    expectTypeOf<ApiError>().toExtend<Error>();
    expectTypeOf<ApiError["kind"]>().toEqualTypeOf<ErrorKind>();
    expectTypeOf<ApiError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ApiError["code"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError["method"]>().toEqualTypeOf<string>();
    expectTypeOf<ApiError["url"]>().toEqualTypeOf<string>();
    expectTypeOf<ApiError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError["body"]>().toEqualTypeOf<unknown>();
    expectTypeOf<ApiError["retriable"]>().toEqualTypeOf<boolean>();
    expectTypeOf<"timeout">().toExtend<ErrorKind>();
    expectTypeOf<"invalid-response">().toExtend<ErrorKind>();
    // @ts-expect-error: not a kind.
    void (() => new ApiError({ kind: "teapot", message: "m", method: "GET", url: "u" }));
  });

  it("one decision says retry, fatal, skip or outcome-unknown; middleware plugs into openapi-fetch", () => {
    expectTypeOf(decideFailure).returns.toEqualTypeOf<"retry" | "fatal" | "skip" | "outcome-unknown">();
    expectTypeOf(errorMiddleware).returns.toEqualTypeOf<Middleware>();
    expectTypeOf(authMiddleware).returns.toEqualTypeOf<Middleware>();
    expectTypeOf(redact).toEqualTypeOf<(text: string, secrets: readonly string[]) => string>();
  });

  it("paginators yield typed pages", () => {
    const cursor = paginateCursor({ fetchPage: async () => ({ items: [1, 2] }) });
    expectTypeOf(cursor).toEqualTypeOf<AsyncIterable<number[]>>();
    const offset = paginateOffset({ pageSize: 2, fetchPage: async () => ({ items: ["a"], total: 1 }) });
    expectTypeOf(offset).toEqualTypeOf<AsyncIterable<string[]>>();
    expectTypeOf<TokenBucket["take"]>().returns.toEqualTypeOf<Promise<void>>();
  });
});
