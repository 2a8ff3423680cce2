/** The exit-code table shown in every command's `--help` and in the README (codes: `ExitCode`). */
export const EXIT_CODE_HELP = [
  "Exit codes:",
  "  0  success",
  "  1  finished with record-level failures (see the run report)",
  "  2  usage or config error (nothing written)",
  "  3  authentication or permission error",
  "  4  safety threshold tripped (no deactivation made)",
  "  5  an API stayed unavailable after retries",
  "  7  another run holds the state dir's lock (nothing written)",
].join("\n");
