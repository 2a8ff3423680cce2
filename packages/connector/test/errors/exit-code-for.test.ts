import { describe, expect, it } from "vitest";
import { ConfigError, exitCodeFor, PlanError, type RunReport } from "../../src/index.js";

function report(over: Partial<RunReport>): RunReport {
  return {
    kind: "lever-oomnitza-run",
    failures: [],
    safety: null,
    interrupted: false,
    ...over,
  } as RunReport;
}

describe("exitCodeFor", () => {
  it.each([
    ["a clean report", report({}), 0],
    ["record-level failures", report({ failures: [{ target: "user", action: "create", reason: "x" }] }), 1],
    ["an interrupted run", report({ interrupted: true }), 1],
    ["a tripped safety threshold", report({ safety: { tripped: true } as RunReport["safety"] }), 4],
    ["a run that ended on an error", report({ error: { kind: "auth", message: "m", exitCode: 3 } }), 3],
    ["a config error", new ConfigError([{ path: "a", message: "b", fix: "c" }]), 2],
    ["a plan error", new PlanError("plan-config-mismatch", "m", "f"), 2],
    ["an auth error", Object.assign(new Error("401"), { name: "ApiError", kind: "auth" }), 3],
    ["a permission error", Object.assign(new Error("403"), { name: "ApiError", kind: "permission" }), 3],
    ["an API that stayed down", Object.assign(new Error("503"), { name: "ApiError", kind: "server" }), 5],
    ["a timeout", Object.assign(new Error("t"), { kind: "timeout" }), 5],
    ["an unreachable host", new TypeError("fetch failed"), 5],
    ["anything else", new Error("boom"), 1],
  ])("%s → %i", (_name, input, code) => {
    expect(exitCodeFor(input)).toBe(code);
  });
});
