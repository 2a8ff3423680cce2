/** Tiny ANSI styling that follows FORCE_COLOR and NO_COLOR, and is off for dumb terminals and pipes. */
export interface Style {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (on: boolean, open: number, close: number) => (s: string) =>
  on ? `\u001b[${open}m${s}\u001b[${close}m` : s;

/**
 * Whether to colour: a non-empty `FORCE_COLOR` decides first (`0` or `false` is off, anything else on,
 * even into a pipe), as Node itself does (https://nodejs.org/api/cli.html#force_color1-2-3); then a
 * non-empty `NO_COLOR` turns colours off (https://no-color.org); otherwise only on a terminal that is not dumb.
 */
function colorEnabled(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return Boolean(isTTY) && env.TERM !== "dumb";
}

/** The styling for one stream, coloured when {@link colorEnabled} says so. */
export function createStyle(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): Style {
  const enabled = colorEnabled(isTTY, env);
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    green: wrap(enabled, 32, 39),
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
  };
}
