import type { Logger } from "@lever-oomnitza/http";
import { ConfigError } from "../config/config-error.js";
import type { ConnectorConfig } from "../config/config-schema.js";
import { createEngineContext } from "../engine/create-engine-context.js";
import { statsSnapshot } from "../engine/stats-snapshot.js";
import { TenantUnsupportedError } from "../errors/tenant-unsupported-error.js";
import { withStateLock } from "../state/with-state-lock.js";
import { applyWorkflow } from "./apply-workflow.js";
import { checkRuleNames } from "./check-rule-names.js";
import { planLeverDeactivations } from "./plan-lever-deactivations.js";
import { planRoleRetrieval } from "./plan-role-retrieval.js";
import { readWorkflowInputs } from "./read-workflow-inputs.js";
import { ruleReadsPrefix } from "./rule-reads-prefix.js";
import type { WorkflowPlan } from "./workflow-plan.js";
import type { WorkflowRunReport } from "./workflow-run-report.js";
import { readWorkflowSnapshot } from "./workflow-snapshot.js";
import type { WorkflowConfig } from "./workflows-config-schema.js";

/** Options of {@link prepareWorkflow} and `runWorkflow`. */
export interface WorkflowOptions {
  logger?: Logger | undefined;
  /** Replaces `globalThis.fetch` for both APIs. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Clock, injectable for tests (rule durations such as `365d` are measured from it). */
  now?: (() => Date) | undefined;
}

/** A planned workflow: inspect `plan`, then `apply()` executes exactly it and writes the run report. */
export interface PreparedWorkflow {
  name: string;
  definition: WorkflowConfig;
  plan: WorkflowPlan;
  apply(): Promise<WorkflowRunReport>;
}

/** The workflow named `name`, or a ConfigError listing the names that exist. */
function pickWorkflow(config: ConnectorConfig, name: string): WorkflowConfig {
  const workflows = config.workflows;
  const definition = workflows[name];
  if (definition) return definition;
  const names = Object.keys(workflows);
  throw new ConfigError(
    [
      {
        path: `workflows.${name}`,
        message: `no workflow named "${name}".`,
        fix:
          names.length > 0
            ? `use one of: ${names.join(", ")}.`
            : "add one under workflows: (see the README).",
      },
    ],
    config.source,
  );
}

/**
 * Reads Lever and Oomnitza once and plans the workflow named `name`; writes nothing. `apply()` then
 * makes the writes, saves the event snapshot and writes the run report to `<state.dir>/runs/`.
 */
export async function prepareWorkflow(
  config: ConnectorConfig,
  name: string,
  opts: WorkflowOptions = {},
): Promise<PreparedWorkflow> {
  const definition = pickWorkflow(config, name);
  // The engine's context: the same clients, page sizes and batch sizes as the sync.
  const ctx = createEngineContext(config, {
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const now = ctx.now();
  const started = {
    at: now,
    lever: statsSnapshot(ctx.lever.stats),
    oomnitza: statsSnapshot(ctx.oomnitza.stats),
  };
  const deactivator = definition.type === "lever-deactivate-users" ? definition : undefined;
  const inputs = await readWorkflowInputs(ctx, {
    persons: ruleReadsPrefix(deactivator?.rule, "user"),
    feature: deactivator
      ? `workflow "${name}" (it deactivates SaaS users)`
      : "SaaS-user deactivation (deactivateMissing)",
  });
  const misnamed = deactivator ? checkRuleNames(name, deactivator, inputs) : [];
  if (misnamed.length > 0) throw new ConfigError(misnamed, config.source);
  const [refusal] = inputs.support.degraded;
  // Deactivating is this workflow's purpose: refuse it whole rather than guess who is active.
  if (deactivator && refusal) throw new TenantUnsupportedError(refusal);
  const degradeDeactivations =
    definition.type === "saas-user-role" && definition.deactivateMissing && refusal !== undefined;
  const previous = deactivator ? await readWorkflowSnapshot(config.state.dir, name) : undefined;
  const plan: WorkflowPlan =
    definition.type === "lever-deactivate-users"
      ? planLeverDeactivations({
          workflow: name,
          ...inputs,
          rule: definition.rule,
          exempt: definition.exempt,
          maxDeactivations: definition.maxDeactivations,
          trigger: definition.trigger,
          previous,
          now,
        })
      : planRoleRetrieval({
          workflow: name,
          ...inputs,
          deactivateMissing: definition.deactivateMissing && !degradeDeactivations,
          // Same safety threshold as the sync unless the workflow sets its own.
          maxDeactivations: definition.maxDeactivations ?? config.saas.maxDeactivations,
          now,
        });
  if (degradeDeactivations && plan.type === "saas-user-role") {
    plan.degraded = inputs.support.degraded;
    ctx.logger.warn({ degraded: plan.degraded }, "SaaS-user deactivation refused: role writes go on");
  }
  let applied: Promise<WorkflowRunReport> | undefined;
  return {
    name,
    definition,
    plan,
    // Applying twice would deactivate from a stale read: the second call returns the first report.
    apply: () => {
      applied ??= withStateLock(config.state.dir, `workflow run ${name}`, true, () =>
        applyWorkflow({ ctx, name, definition, plan, inputs, previous, started }),
      );
      return applied;
    },
  };
}
