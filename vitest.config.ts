import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = ["http", "lever-client", "oomnitza-client", "mapping", "sandbox", "connector"];

// Tests import sibling packages from their sources, so `vitest` needs no build first.
const alias = Object.fromEntries(
  packages.map((name) => [
    `@lever-oomnitza/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    // CI asks for a JSON report too, from which .ci/run prints its "N passed, N failed" line.
    reporters: process.env.VITEST_JSON_REPORT
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT }]]
      : ["default"],
    projects: [
      {
        extends: true,
        test: { name: "repo", root: ".", include: ["scripts/test/**/*.test.ts"], testTimeout: 30_000 },
      },
      ...packages.map((name) => ({
        extends: true,
        test: {
          name,
          root: `packages/${name}`,
          include: ["test/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      })),
    ],
  },
});
