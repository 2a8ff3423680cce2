import { ruleSchema } from "@lever-oomnitza/mapping";
import { z } from "zod";
import { isCron } from "../config/is-cron.js";

const schedule = z
  .object({
    schedule: z.string().refine(isCron, {
      message: 'not a cron expression: write five fields such as "0 4 * * *" (04:00 every day)',
    }),
  })
  .strict();

/** When a workflow runs: after each sync, on its own cron schedule, or once per SaaS-user event. */
const trigger = z.union([
  z.enum(["after-sync", "saas-user-assigned", "saas-user-deactivated"], {
    error:
      'trigger must be after-sync, saas-user-assigned, saas-user-deactivated or { schedule: "0 4 * * *" }',
  }),
  schedule,
]);

const maxDeactivations = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d+(\.\d+)?%$/, 'a count such as 10 or a percentage such as "5%"') as z.ZodType<`${number}%`>,
]);

const roleWorkflow = z
  .object({
    type: z.literal("saas-user-role"),
    deactivateMissing: z.boolean().default(false),
    // Role retrieval reads everyone each time: record events add nothing to it.
    trigger: z
      .union([
        z.literal("after-sync", { error: 'trigger must be after-sync or { schedule: "0 3 * * *" }' }),
        schedule,
      ])
      .default("after-sync"),
    /** Defaults to `saas.maxDeactivations` (the sync's threshold), then "5%". */
    maxDeactivations: maxDeactivations.optional(),
  })
  .strict();

const deactivateWorkflow = z
  .object({
    type: z.literal("lever-deactivate-users"),
    rule: ruleSchema.optional(),
    trigger,
    exempt: z
      .object({
        emails: z.array(z.string().min(1)).default([]),
        roles: z.array(z.string().min(1)).default(["super admin"]),
      })
      .strict()
      .default({ emails: [], roles: ["super admin"] }),
    maxDeactivations: maxDeactivations.default(10),
  })
  .strict()
  .superRefine((workflow, ctx) => {
    // Without a rule a schedule would deactivate every Lever user of the app, and saas-user-assigned
    // every newly assigned one: refuse both. Only saas-user-deactivated (mirror an Oomnitza deactivation
    // into Lever) makes sense for everyone.
    if (workflow.rule === undefined && workflow.trigger !== "saas-user-deactivated") {
      const when = typeof workflow.trigger === "string" ? workflow.trigger : "schedule";
      ctx.addIssue({
        code: "custom",
        path: ["rule"],
        message: `rule is required for the ${when} trigger (without one every ${when === "saas-user-assigned" ? "newly assigned SaaS user" : "Lever user of the app"} would be deactivated): add e.g. { field: last_visit, op: olderThan, value: 365d }`,
      });
    }
  });

/** Zod schema of one workflow: `saas-user-role` or `lever-deactivate-users` (README, section Workflows). */
export const workflowConfigSchema = z.discriminatedUnion("type", [roleWorkflow, deactivateWorkflow], {
  error: "type must be saas-user-role or lever-deactivate-users",
});

/** Zod schema of the `workflows:` config section: a map from the workflow's name to its definition. */
export const workflowsConfigSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-_]*$/i, "workflow names use letters, digits, - and _"),
  workflowConfigSchema,
);

/** One validated workflow definition. */
export type WorkflowConfig = z.output<typeof workflowConfigSchema>;
/** A validated `saas-user-role` workflow. */
export type RoleWorkflowConfig = Extract<WorkflowConfig, { type: "saas-user-role" }>;
/** A validated `lever-deactivate-users` workflow. */
export type DeactivateWorkflowConfig = Extract<WorkflowConfig, { type: "lever-deactivate-users" }>;
/** A workflow trigger. */
export type WorkflowTrigger = WorkflowConfig["trigger"];
/** The validated `workflows:` section. */
export type WorkflowsConfig = z.output<typeof workflowsConfigSchema>;
/** The `workflows:` section as written in the config file. */
export type WorkflowsConfigInput = z.input<typeof workflowsConfigSchema>;
