import type { Plan, SaasPlan, UserAction } from "../../plan/plan.js";
import { formatValue } from "../../report/format-value.js";
import type { Style } from "../create-style.js";
import { formatDegraded } from "./format-degraded.js";
import { formatUpdateStop } from "./format-update-stop.js";

/** How many records each group lists before "… and N more" (`--json`/`--out` hold everything). */
export const PLAN_GROUP_LIMIT = 25;

type Of<A extends UserAction["action"]> = Extract<UserAction, { action: A }>;

const who = (a: { email?: string | undefined; leverId: string }) => a.email ?? a.leverId;

function group<T>(title: string, items: T[], render: (item: T) => string[], limit: number): string[] {
  if (items.length === 0) return [];
  const lines = [`${title} (${items.length})`];
  for (const item of items.slice(0, limit)) lines.push(...render(item).map((l) => `  ${l}`));
  if (items.length > limit) lines.push(`  … and ${items.length - limit} more`);
  return [...lines, ""];
}

function usersSection(plan: Plan, style: Style, limit: number): string[] {
  const by = <A extends UserAction["action"]>(a: A) => plan.users.filter((u): u is Of<A> => u.action === a);
  return [
    ...group(style.green("Create"), by("create"), (a) => [`+ ${who(a)}`], limit),
    ...group(
      style.yellow("Update"),
      by("update"),
      (a) => [
        `~ ${who(a)} ${style.dim(`(matched by ${a.matchedBy})`)}`,
        ...a.changes.map((c) => `    ${c.field}: ${formatValue(c.from)} → ${formatValue(c.to)}`),
      ],
      limit,
    ),
    ...group(style.red("Conflict"), by("conflict"), (a) => [`! ${who(a)}: ${a.message}`], limit),
    ...group("Skip", by("skip"), (a) => [`- ${who(a)} ${style.dim(`[${a.reason}]`)} ${a.message}`], limit),
    ...(plan.summary.users.unchanged > 0
      ? [style.dim(`Unchanged (${plan.summary.users.unchanged})`), ""]
      : []),
  ];
}

function saasSection(saas: SaasPlan, users: UserAction[], style: Style, limit: number): string[] {
  // Deactivations carry ids only; the plan's user actions know the email a reviewer recognises.
  const emails = new Map(users.map((u) => [u.leverId, u.email]));
  const lines = [style.bold(`SaaS users of "${saas.app.name}"`)];
  lines.push(`  app: ${saas.app.action === "create" ? style.green("create") : "exists"}`);
  lines.push(`  assign users: ${saas.assign.length}`);
  lines.push(`  set user_external_id: ${saas.externalIds.length}`);
  for (const r of saas.roles) lines.push(`  set role "${r.role}": ${r.users.length}`);
  lines.push(`  reactivate: ${saas.reactivate.length}`);
  lines.push(`  deactivate: ${saas.deactivate.length}`);
  for (const d of saas.deactivate.slice(0, limit)) {
    const email = d.leverId === undefined ? undefined : emails.get(d.leverId);
    const id = d.leverId ?? d.userId;
    lines.push(
      `    - ${email ? `${email} ${style.dim(`(Lever ${id})`)}` : id} ${style.dim(`[${d.reason}]`)}`,
    );
  }
  if (saas.deactivate.length > limit) lines.push(`    … and ${saas.deactivate.length - limit} more`);
  lines.push(...formatDegraded(saas.degraded, style));
  const s = saas.safety;
  if (s.tripped) {
    lines.push(
      style.red(
        `  ✗ safety: ${s.planned} deactivations exceed the limit of ${s.limit} (${s.maxDeactivations} of ${s.appUsers}); none will be made.`,
      ),
    );
  } else if (s.planned > 0) {
    lines.push(
      style.dim(`  safety: ${s.planned} of at most ${s.limit} deactivations (${s.maxDeactivations})`),
    );
  }
  return [...lines, ""];
}

/** A plan for humans: grouped by action, `from → to` for every updated field, then the SaaS-user actions. */
export function formatPlan(plan: Plan, style: Style, limit = PLAN_GROUP_LIMIT): string[] {
  const u = plan.summary.users;
  const head = [
    style.bold(
      `Plan: ${u.create} create, ${u.update} update, ${u.unchanged} unchanged, ${u.skip} skip, ${u.conflict} conflict — ${plan.summary.writes} writes`,
    ),
    ...(plan.updates?.tripped ? [style.red(formatUpdateStop(plan.updates))] : []),
    style.dim(
      `Read ${plan.source.leverUsers} Lever users, ${plan.source.oomnitzaUsers} Oomnitza people, ${plan.source.saasUsers} SaaS users (${plan.settings.preference}, ${plan.settings.records}).`,
    ),
    "",
  ];
  return [
    ...head,
    ...usersSection(plan, style, limit),
    ...(plan.saas ? saasSection(plan.saas, plan.users, style, limit) : []),
  ];
}
