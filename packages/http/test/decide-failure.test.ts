import { describe, expect, it } from "vitest";
import { ApiError, type ErrorKind } from "../src/api-error.js";
import { decideFailure, type FailureDecision } from "../src/decide-failure.js";

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
const api = (kind: ErrorKind) => new ApiError({ kind, message: kind, method: "POST", url: "https://x/" });

describe("decideFailure: what the transport does with a failed attempt (resent only on retry)", () => {
  it.each([
    ["429 on a create (server did not act)", { status: 429, idempotent: false }, "retry"],
    ["503 on GET", { status: 503, idempotent: true }, "retry"],
    ["500/502/504 on PUT", { status: 502, idempotent: true }, "retry"],
    ["503 on a create", { status: 503, idempotent: false }, "outcome-unknown"],
    ["501 on GET", { status: 501, idempotent: true }, "outcome-unknown"],
    ["400", { status: 400, idempotent: true }, "skip"],
    ["401", { status: 401, idempotent: true }, "fatal"],
    ["404", { status: 404, idempotent: true }, "skip"],
    ["network error on GET", { error: network, idempotent: true }, "retry"],
    ["network error on a create", { error: network, idempotent: false }, "outcome-unknown"],
    [
      "connection refused on a create (never sent)",
      { error: refused, idempotent: false, attempt: 1 },
      "retry",
    ],
    ["caller abort", { error: abort, idempotent: true }, "fatal"],
    ["connection refused, first attempt", { error: refused, idempotent: true, attempt: 1 }, "retry"],
    ["connection refused twice: nothing listens", { error: refused, idempotent: true, attempt: 2 }, "fatal"],
    ["host not found", { error: coded("ENOTFOUND"), idempotent: true }, "fatal"],
    ["DNS temporarily down", { error: coded("EAI_AGAIN"), idempotent: false }, "retry"],
    ["certificate expired", { error: coded("CERT_HAS_EXPIRED"), idempotent: true }, "fatal"],
    ["self-signed certificate", { error: coded("DEPTH_ZERO_SELF_SIGNED_CERT"), idempotent: true }, "fatal"],
    ["a refused redirect", { error: redirect, idempotent: true }, "fatal"],
    ["a body over the cap", { error: tooLarge, idempotent: true }, "fatal"],
    ["connection reset on GET", { error: coded("ECONNRESET"), idempotent: true }, "retry"],
  ] as const)("%s → %s", (_name, input, want: FailureDecision) => {
    expect(decideFailure(input)).toBe(want);
  });
});

describe("decideFailure: what a thrown error means to its caller once the transport is done", () => {
  it.each([
    ["a 5xx (the write may have happened)", api("server"), "outcome-unknown"],
    ["a timeout", api("timeout"), "outcome-unknown"],
    ["a dropped connection", api("network"), "outcome-unknown"],
    ["an unreadable reply", api("invalid-response"), "outcome-unknown"],
    ["anything that is not an API error", new Error("boom"), "outcome-unknown"],
    ["still rate limited (nothing was done; later)", api("rate-limited"), "retry"],
    ["refused credentials", api("auth"), "fatal"],
    ["a missing permission", api("permission"), "fatal"],
    ["a refused redirect", redirect, "fatal"],
    ["a cancelled request", Object.assign(new Error("aborted"), { kind: "aborted" }), "fatal"],
    ["an unknown host", coded("ENOTFOUND"), "fatal"],
    ["a refused connection, after the transport's one resend", refused, "fatal"],
    ["a bad request", api("bad-request"), "skip"],
    ["a missing record", api("not-found"), "skip"],
    ["a conflict", api("conflict"), "skip"],
  ] as const)("%s → %s", (_name, error, want: FailureDecision) => {
    expect(decideFailure({ error })).toBe(want);
  });
});
