import { fileURLToPath } from "node:url";
import madge from "madge";
import { describe, expect, it } from "vitest";

const packages = ["http", "lever-client", "oomnitza-client", "mapping", "sandbox", "connector"];

// A cycle (type-only imports included: they still tie two modules' designs together) means one of the two
// files is in the wrong place; the fix is to move the shared piece to where both can depend on it.
describe("no import cycles", () => {
  for (const name of packages) {
    it(`packages/${name}/src has none, type-only imports included`, async () => {
      const root = fileURLToPath(new URL(`../../packages/${name}/`, import.meta.url));
      const graph = await madge(`${root}src`, {
        fileExtensions: ["ts"],
        tsConfig: `${root}tsconfig.json`,
        detectiveOptions: { ts: { skipTypeImports: false } },
      });
      expect(graph.circular()).toEqual([]);
      // Resolution works (a graph of one file would pass trivially).
      expect(Object.keys(graph.obj()).length).toBeGreaterThan(10);
    });
  }
});
