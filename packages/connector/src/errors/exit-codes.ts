/** The CLI's exit codes, one place for the CLI, the scheduler and the docs. */
export const ExitCode = {
  ok: 0,
  recordFailures: 1,
  usage: 2,
  auth: 3,
  safety: 4,
  unavailable: 5,
  /** "n" (or Ctrl-C) at a confirmation prompt: the user chose not to go on, nothing was written. */
  cancelled: 6,
  locked: 7,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
