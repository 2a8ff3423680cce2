import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base.js";

export default defineConfig(packageBuild({ lib: "src/index.ts", bin: "src/bin.ts" }));
