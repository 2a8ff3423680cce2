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
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        root: `packages/${name}`,
        include: ["test/**/*.test.ts"],
        testTimeout: 20_000,
        hookTimeout: 30_000,
      },
    })),
  },
});
