import { InvalidArgumentError } from "commander";

/** Commander option parser for whole numbers of 1 or more (`--limit`, `--users`, `--role`). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of 1 or more.");
  return n;
}
