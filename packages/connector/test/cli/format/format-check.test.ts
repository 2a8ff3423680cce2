import { describe, expect, it } from "vitest";
import { createStyle } from "../../../src/cli/create-style.js";
import { formatCheck } from "../../../src/cli/format/format-check.js";

const style = createStyle(false, {});

describe("formatCheck", () => {
  it("marks an item that was not tried with – and leaves it out of the passed count", () => {
    const lines = formatCheck(
      {
        ok: true,
        items: [
          { name: "lever: list users", ok: true, message: "ok." },
          { name: "oomnitza: write users", ok: true, skipped: true, message: "not probed." },
        ],
      },
      style,
    );
    expect(lines).toContain("– oomnitza: write users — not probed.");
    expect(lines.at(-1)).toBe("All 1 checks passed; 1 not checked (–).");
  });

  it("shows each failure with its fix and counts failures among the items tried", () => {
    const lines = formatCheck(
      {
        ok: false,
        items: [
          { name: "lever: list users", ok: false, message: "401.", fix: "check LEVER_API_KEY." },
          { name: "lever: read a user", ok: true, skipped: true, message: "not tried." },
          { name: "oomnitza: read users", ok: true, message: "ok." },
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
