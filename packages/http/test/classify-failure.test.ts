import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api-error.js";
import { classifyFailure } from "../src/classify-failure.js";

const network = new ApiError({ kind: "network", message: "fetch failed", method: "POST", url: "https://x/" });
const refused = new ApiError({
  kind: "network",
  message: "refused",
  method: "POST",
  url: "https://x/",
  code: "ECONNREFUSED",
});
const coded = (code: string) =>
  new ApiError({ kind: "network", message: code, method: "GET", url: "https://x/", code });
const redirect = new ApiError({ kind: "redirect", message: "302", method: "GET", url: "https://x/" });
const tooLarge = new ApiError({ kind: "body-too-large", message: "big", method: "GET", url: "https://x/" });
const abort = Object.assign(new Error("aborted"), { name: "AbortError" });

describe("classifyFailure", () => {
  it.each([
    ["429 on a create (server did not act)", { status: 429, method: "POST", idempotent: false }, "retry"],
    ["503 on GET", { status: 503, method: "GET", idempotent: true }, "retry"],
    ["500/502/504 on PUT", { status: 502, method: "PUT", idempotent: true }, "retry"],
    ["503 on a create", { status: 503, method: "POST", idempotent: false }, "fatal"],
    ["501 on GET", { status: 501, method: "GET", idempotent: true }, "fatal"],
    ["400", { status: 400, method: "GET", idempotent: true }, "fatal"],
    ["401", { status: 401, method: "GET", idempotent: true }, "fatal"],
    ["404", { status: 404, method: "GET", idempotent: true }, "fatal"],
    ["network error on GET", { error: network, method: "GET", idempotent: true }, "retry"],
    ["network error on a create", { error: network, method: "POST", idempotent: false }, "fatal"],
    [
      "connection refused on a create (never sent)",
      { error: refused, method: "POST", idempotent: false },
      "retry",
    ],
    ["caller abort", { error: abort, method: "GET", idempotent: true }, "fatal"],
    [
      "connection refused, first attempt",
      { error: refused, method: "GET", idempotent: true, attempt: 1 },
      "retry",
    ],
    [
      "connection refused twice: nothing listens",
      { error: refused, method: "GET", idempotent: true, attempt: 2 },
      "fatal",
    ],
    ["host not found", { error: coded("ENOTFOUND"), method: "GET", idempotent: true }, "fatal"],
    ["DNS temporarily down", { error: coded("EAI_AGAIN"), method: "POST", idempotent: false }, "retry"],
    ["certificate expired", { error: coded("CERT_HAS_EXPIRED"), method: "GET", idempotent: true }, "fatal"],
    [
      "self-signed certificate",
      { error: coded("DEPTH_ZERO_SELF_SIGNED_CERT"), method: "GET", idempotent: true },
      "fatal",
    ],
    ["a refused redirect", { error: redirect, method: "GET", idempotent: true }, "fatal"],
    ["a body over the cap", { error: tooLarge, method: "GET", idempotent: true }, "fatal"],
    ["connection reset on GET", { error: coded("ECONNRESET"), method: "GET", idempotent: true }, "retry"],
  ] as const)("%s → %s", (_name, input, want) => {
    expect(classifyFailure(input)).toBe(want);
  });
});
