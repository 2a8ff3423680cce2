import type { MappingProblem } from "./types.js";

/** Thrown by `defineMapping` / `compileMapping` for a mapping that is not ready; lists every problem. */
export class MappingError extends Error {
  override name = "MappingError";
  readonly problems: MappingProblem[];

  constructor(problems: MappingProblem[]) {
    super(
      `the mapping is not ready:\n${problems.map((p) => `  ${p.path || "(root)"}: ${p.message} (fix: ${p.fix})`).join("\n")}`,
    );
    this.problems = problems;
  }
}
