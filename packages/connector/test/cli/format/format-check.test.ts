import { describe, expect, it } from "vitest";
import { createStyle } from "../../../src/cli/create-style.js";
import { formatCheck } from "../../../src/cli/format/format-check.js";

const style = createStyle(false, {});

describe("formatCheck", () => {
  it("marks an item that was not tried with – and leaves it out of the passed count", () => {
    const lines = formatCheck(
      {
        ok: true,
        status: "pass",
        items: [
          { name: "lever: list users", status: "pass", ok: true, message: "ok." },
          { name: "oomnitza: write users", status: "skip", ok: true, skipped: true, message: "not probed." },
        ],
      },
      style,
    );
    expect(lines).toContain("– oomnitza: write users — not probed.");
    expect(lines.at(-1)).toBe("All 1 checks passed; 1 not checked (–).");
  });

  it("marks a warning with ! and its fix, and never calls the result all passed", () => {
    const lines = formatCheck(
      {
        ok: true,
        status: "warn",
        items: [
          { name: "mapping", status: "pass", ok: true, message: "ready." },
          { name: "oomnitza: role", status: "warn", ok: true, message: "not verified.", fix: "make sure." },
        ],
      },
      style,
    );
    expect(lines).toEqual(
      expect.arrayContaining(["! oomnitza: role — not verified.", "    fix: make sure."]),
    );
    expect(lines.at(-1)).toBe("Passed with 1 warning: 1 of 2 checks verified.");
  });

  it("shows each failure with its fix and counts failures among the items tried", () => {
    const lines = formatCheck(
      {
        ok: false,
        status: "fail",
        items: [
          {
            name: "lever: list users",
            status: "fail",
            ok: false,
            message: "401.",
            fix: "check LEVER_API_KEY.",
          },
          { name: "lever: read a user", status: "skip", ok: true, skipped: true, message: "not tried." },
          { name: "oomnitza: read users", status: "pass", ok: true, message: "ok." },
        ],
      },
      style,
    );
    expect(lines).toEqual(
      expect.arrayContaining(["✗ lever: list users — 401.", "    fix: check LEVER_API_KEY."]),
    );
    expect(lines.at(-1)).toBe("1 of 2 checks failed; 1 not checked (–).");
  });
});
