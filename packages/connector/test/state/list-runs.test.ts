import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listRuns } from "../../src/index.js";

describe("listRuns", () => {
  it("returns reports newest first, honours the limit and skips half-written or foreign files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "connector-runs-"));
    const runs = join(dir, "runs");
    mkdirSync(runs);
    const write = (name: string, body: unknown) =>
      writeFileSync(join(runs, name), typeof body === "string" ? body : JSON.stringify(body));
    write("2026-11-25T02-00-00-000Z-aaaa.json", { kind: "lever-oomnitza-run", runId: "aaaa" });
    write("2026-11-27T02-00-00-000Z-cccc.json", { kind: "lever-oomnitza-run", runId: "cccc" });
    write("2026-11-26T02-00-00-000Z-bbbb.json", { kind: "lever-oomnitza-run", runId: "bbbb" });
    write("2026-11-28T02-00-00-000Z-dddd.json", '{"kind": "lever-oomn');
    write("notes.json", { hello: "world" });
    write("2026-11-29T02-00-00-000Z-eeee.json.1234.tmp", { kind: "lever-oomnitza-run", runId: "eeee" });

    const all = await listRuns(dir);
    expect(all.map((r) => r.runId)).toEqual(["cccc", "bbbb", "aaaa"]);
    expect(all[0]?.reportPath).toBe(join(runs, "2026-11-27T02-00-00-000Z-cccc.json"));
    expect((await listRuns(dir, 2)).map((r) => r.runId)).toEqual(["cccc", "bbbb"]);
  });

  it("is empty when no run has happened yet", async () => {
    expect(await listRuns(join(tmpdir(), "connector-never-ran-here"))).toEqual([]);
  });
});
