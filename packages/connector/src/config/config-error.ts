import type { MappingProblem } from "@lever-oomnitza/mapping";

/** One problem found in a config, with the dotted path, what is wrong and how to fix it (a mapping's are the same). */
export type ConfigProblem = MappingProblem;

/** Every problem found in a config, reported at once before any network call (CLI exit code 2). */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[], source?: string) {
    const where = source ? ` in ${source}` : "";
    // A message's further lines (a code frame) go under its line, indented, after the fix.
    const lines = problems.map((p) => {
      const [first, ...rest] = p.message.split("\n");
      return [`  - ${p.path || "(root)"}: ${first} Fix: ${p.fix}`, ...rest.map((l) => `    ${l}`)].join("\n");
    });
    super(
      `config has ${problems.length} problem${problems.length === 1 ? "" : "s"}${where}:\n${lines.join("\n")}`,
    );
    this.problems = problems;
  }
}
