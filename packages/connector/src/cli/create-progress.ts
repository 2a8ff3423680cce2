import cliProgress from "cli-progress";
import type { CliStream } from "./cli-io.js";

/** One progress tick: a phase (e.g. "Reading Lever users") with a count and, when known, a total. */
export interface ProgressTick {
  phase: string;
  done: number;
  total?: number | undefined;
}

/** Receives ticks and draws them; `stop()` clears the bars before the command prints its result. */
export interface Progress {
  update(tick: ProgressTick): void;
  stop(): void;
}

const noop: Progress = { update() {}, stop() {} };

/**
 * Bars on a TTY only (pages read, records applied, ETA); nothing otherwise, because the logs already
 * say what happened and a pipe or a cron mail must not fill up with redraws.
 */
export function createProgress(o: { enabled: boolean; stream: CliStream; color: boolean }): Progress {
  if (!o.enabled || !o.stream.isTTY) return noop;
  const multi = new cliProgress.MultiBar(
    {
      stream: o.stream as NodeJS.WriteStream,
      format: " {bar} {phase} {value}/{total} {eta_formatted}",
      barCompleteChar: "█",
      barIncompleteChar: "░",
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      etaBuffer: 50,
      formatValue: (v, _opts, type) => (type === "total" && v <= 0 ? "?" : String(v)),
      ...(o.color ? {} : { barCompleteChar: "#", barIncompleteChar: "-" }),
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    update({ phase, done, total }) {
      let bar = bars.get(phase);
      const t = total ?? Math.max(done, 1);
      if (!bar) {
        bar = multi.create(t, done, { phase });
        bars.set(phase, bar);
        return;
      }
      bar.setTotal(Math.max(t, done));
      bar.update(done, { phase });
    },
    stop() {
      multi.stop();
      bars.clear();
    },
  };
}
