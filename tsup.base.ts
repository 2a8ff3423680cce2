import type { Options } from "tsup";

/** The one tsup setup every package builds with: ESM + CJS + .d.ts for Node 20. */
export function packageBuild(entry: string[], extra: Partial<Options> = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: { entry: entry.filter((e) => !e.endsWith("cli.ts") && !e.endsWith("bin.ts")) },
    clean: true,
    sourcemap: true,
    target: "node20",
    splitting: false,
    ...extra,
  };
}
