import { redact } from "@lever-oomnitza/http";
import type { ConnectorConfig } from "../config/config-schema.js";
import { buildNotice, type NoticeSource } from "../notify/build-notice.js";
import type { Delivery } from "../notify/deliver-webhook.js";
import { eventForExitCode, type NotifyEvent } from "../notify/notify-event.js";
import { notifyRun } from "../notify/notify-run.js";
import { writeJsonAtomic } from "../state/write-json-atomic.js";
import type { CliContext } from "./cli-context.js";

/**
 * Tells the config's `notify:` webhooks how a run ended (the event follows from the exit code unless
 * given), prints a note for each webhook that failed and records the deliveries in the run report.
 * Never throws and never changes the exit code.
 */
export async function notifyOutcome(
  ctx: CliContext,
  config: ConnectorConfig,
  run: { job: string; exitCode: number; event?: NotifyEvent; source: NoticeSource },
): Promise<Delivery[]> {
  const event = run.event ?? eventForExitCode(run.exitCode);
  if (event === undefined || config.notify.length === 0) return [];
  try {
    const notice = buildNotice(event, run.job, run.exitCode, run.source);
    const deliveries = await notifyRun(config.notify, notice, {
      logger: ctx.logger,
      redact: (text) => redact(text, ctx.secrets),
      ...(ctx.io.notifyDelivery ?? {}),
    });
    for (const d of deliveries.filter((x) => !x.ok))
      ctx.out.note(`Notification to ${d.target} failed after ${d.attempts} attempt(s): ${d.error}.`);
    if ("report" in run.source && run.source.report.reportPath && deliveries.length > 0) {
      const { report } = run.source;
      await writeJsonAtomic(report.reportPath as string, { ...report, notifications: deliveries });
    }
    return deliveries;
  } catch (error) {
    ctx.logger.warn({ err: String(error) }, "notifying failed; the run's outcome stands");
    return [];
  }
}
