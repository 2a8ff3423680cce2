import type { Options } from "tsup";

type TsupPlugin = NonNullable<Options["plugins"]>[number];

/**
 * Our sources sit in `"type": "module"` packages, so esbuild compiles each `import x from "dep"` of the
 * CommonJS build as Node's ESM-imports-CJS rule: `__toESM(require("dep"), 1)`, where `default` is the
 * whole `module.exports` and `__esModule` is ignored. Our `.cjs` file is loaded by `require()`, though,
 * where the rule is the `__esModule` marker: openapi-fetch's CJS build sets it and puts `createClient` on
 * `exports.default` (and Node's `require()` of an ES module sets it too). Dropping the Node-mode flag makes
 * the CJS build read `exports.default` whenever `__esModule` says so, for every dependency at once.
 * @see https://esbuild.github.io/content-types/#default-interop
 * @see https://github.com/evanw/esbuild/issues/2480
 */
const cjsDefaultInterop: TsupPlugin = {
  name: "cjs-default-interop",
  renderChunk(code) {
    if (this.format !== "cjs") return;
    return { code: code.replace(/__toESM\((require\("[^"]+"\)), 1\)/g, "__toESM($1)") };
  },
};

/** What a package builds: its library entry (ESM + CJS + .d.ts) and, optionally, its bin (ESM only). */
export interface PackageEntries {
  /** The library entry behind the package's `exports` map. */
  lib: string;
  /** The bin script named in `package.json` → `bin`; built as ESM only, since nothing requires it. */
  bin?: string;
}

const common = {
  // Maps ship with `sourcesContent`: we publish no `src/`, so without it a stack trace or debugger
  // could not show the TypeScript (a deliberate choice, see CONTRIBUTING.md → Published files).
  sourcemap: true,
  target: "node20",
  splitting: false,
} satisfies Options;

/** The one tsup setup every package builds with, for Node 20. */
export function packageBuild({ lib, bin }: PackageEntries): Options[] {
  const binName = bin?.replace(/^.*\//, "").replace(/\.ts$/, "");
  return [
    {
      ...common,
      entry: [lib],
      format: ["esm", "cjs"],
      dts: true,
      plugins: [cjsDefaultInterop],
      // Both builds write to dist/ at once: this one cleans everything but the bin's files.
      clean: binName ? [`!${binName}.js`, `!${binName}.js.map`] : true,
    },
    ...(bin ? [{ ...common, entry: [bin], format: ["esm" as const], clean: false }] : []),
  ];
}
