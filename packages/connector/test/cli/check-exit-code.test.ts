import { describe, expect, it } from "vitest";
import { checkExitCode } from "../../src/cli/commands/check-command.js";

const fail = (exitCode?: 2 | 3 | 5) => ({ ok: false, exitCode });
const pass = { ok: true };

describe("checkExitCode", () => {
  it.each([
    ["refused credentials win over everything", { given: [fail(2), fail(5), fail(3)], want: 3 }],
    ["an unavailable API wins over config problems", { given: [fail(2), fail(5)], want: 5 }],
    ["config and mapping problems are usage errors", { given: [pass, fail(2)], want: 2 }],
    ["an item without a code counts as a usage error", { given: [fail()], want: 2 }],
    ["passed items are ignored", { given: [{ ok: true, exitCode: 3 as const }, fail(5)], want: 5 }],
  ])("%s", (_name, { given, want }) => {
    expect(checkExitCode(given)).toBe(want);
  });
});
