import cliProgress from "cli-progress";
import type { CliStream } from "./cli-io.js";

/** One progress tick: a phase (e.g. "Lever users read") with a count and, when known, a total. */
export interface ProgressTick {
  phase: string;
  done: number;
  total?: number | undefined;
}

/** Receives ticks and draws them; `stop()` clears the bars before the command prints its result. */
export interface Progress {
  update(tick: ProgressTick): void;
  /** Writes a line (a log line) above the bars, so a redraw never tears it. */
  log(text: string): void;
  stop(): void;
}

/**
 * Bars on a TTY only (pages read, records applied, ETA); nothing otherwise, because the logs already
 * say what happened and a pipe or a cron mail must not fill up with redraws.
 */
export function createProgress(o: { enabled: boolean; stream: CliStream; color: boolean }): Progress {
  const write = (text: string) => o.stream.write(text);
  if (!o.enabled || !o.stream.isTTY) return { update() {}, log: write, stop() {} };
  let multi: cliProgress.MultiBar | undefined;
  const bars = new Map<string, cliProgress.SingleBar>();
  const start = () =>
    new cliProgress.MultiBar(
      {
        stream: o.stream as NodeJS.WriteStream,
        format: " {bar} {phase} {value}/{total} {eta_formatted}",
        barCompleteChar: o.color ? "█" : "#",
        barIncompleteChar: o.color ? "░" : "-",
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
  return {
    update({ phase, done, total }) {
      multi ??= start();
      const t = Math.max(total ?? done, done, 1);
      const bar = bars.get(phase);
      if (!bar) bars.set(phase, multi.create(t, done, { phase }));
      else {
        bar.setTotal(t);
        bar.update(done, { phase });
      }
    },
    log(text) {
      if (multi) multi.log(text.endsWith("\n") ? text : `${text}\n`);
      else write(text);
    },
    stop() {
      // MultiBar.log() only queues lines for the next redraw and stop() drops that queue: redraw first,
      // or the run's last log lines ("run finished") never reach the terminal.
      multi?.update();
      multi?.stop();
      multi = undefined;
      bars.clear();
    },
  };
}
