import type { ConfigProblem } from "./types.js";

/** Every problem found in a config, reported at once before any network call (CLI exit code 2). */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[], source?: string) {
    const where = source ? ` in ${source}` : "";
    const lines = problems.map((p) => `  - ${p.path || "(root)"}: ${p.message} Fix: ${p.fix}`);
    super(
      `config has ${problems.length} problem${problems.length === 1 ? "" : "s"}${where}:\n${lines.join("\n")}`,
    );
    this.problems = problems;
  }
}
