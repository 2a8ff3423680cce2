import { LEVER_BUILT_IN_ACCESS_ROLES } from "@lever-oomnitza/lever-client";
import { closestName, leverFields, type Rule } from "@lever-oomnitza/mapping";
import type { ConfigProblem } from "../config/config-error.js";
import type { WorkflowInputs } from "./read-workflow-inputs.js";
import type { DeactivateWorkflowConfig } from "./workflows-config-schema.js";

// The documented fields of an Oomnitza SaaS user and person (openapi/oomnitza.yaml `SaasUser`, `User`);
// tenant custom fields are known from the records read.
const SAAS_USER_FIELDS = [
  "saas_user_id",
  "saas_id",
  "user_id",
  "username",
  "email",
  "full_name",
  "user_external_id",
  "last_visit",
  "status",
  "roles",
];
const PERSON_FIELDS = [
  "user_id",
  "username",
  "email",
  "first_name",
  "last_name",
  "full_name",
  "role",
  "position",
  "phone_number",
  "suspended",
  "external_id",
  "creation_date",
  "change_date",
];

const keysOf = (records: readonly object[], fixed: readonly string[]): string[] => {
  const out = new Set(fixed);
  for (const r of records) for (const k of Object.keys(r)) out.add(k);
  return [...out];
};

const didYouMean = (word: string, known: readonly string[]): string => {
  const guess = closestName(word, known);
  return guess === undefined ? "" : `did you mean "${guess}"? `;
};

/**
 * Names a `lever-deactivate-users` workflow uses that exist nowhere: a rule field no SaaS user, person
 * (`user.…`) or Lever user (`lever.…`) has, or an exempt role Lever does not have. Such a name would
 * silently match everyone (`ne`, `missing`) or no one, so each is a config problem with the closest name.
 */
export function checkRuleNames(
  name: string,
  workflow: DeactivateWorkflowConfig,
  inputs: WorkflowInputs,
): ConfigProblem[] {
  const known = {
    saas: keysOf(inputs.saasUsers, SAAS_USER_FIELDS),
    user: keysOf(inputs.persons, PERSON_FIELDS),
    lever: keysOf(inputs.leverUsers, leverFields),
  };
  const problems: ConfigProblem[] = [];
  const visit = (rule: Rule, path: string): void => {
    if ("all" in rule || "any" in rule) {
      const [key, children] = "all" in rule ? ["all", rule.all] : ["any", rule.any];
      for (const [i, child] of children.entries()) visit(child, `${path}.${key}.${i}`);
      return;
    }
    const [head = "", sub] = rule.field.split(".");
    const prefix = head === "user" || head === "lever" ? head : undefined;
    const field = prefix ? sub : head;
    if (field === undefined) return; // `user` or `lever` itself: the whole record (exists / missing).
    const list = prefix ? known[prefix] : known.saas;
    if (list.includes(field)) return;
    const what = prefix === "user" ? "Oomnitza person" : prefix === "lever" ? "Lever user" : "SaaS user";
    const guess = closestName(field, list);
    problems.push({
      path: `${path}.field`,
      message: `"${rule.field}" is not a field of a ${what}, so the rule would match everyone or no one.`,
      fix: `${guess ? `did you mean "${prefix ? `${prefix}.` : ""}${guess}"? ` : ""}${what} fields: ${list.join(", ")}${prefix ? "" : "; the person's as user.<field>, the Lever user's as lever.<field>"}.`,
    });
  };
  const base = `workflows.${name}`;
  if (workflow.rule) visit(workflow.rule, `${base}.rule`);
  const roles = [...new Set([...LEVER_BUILT_IN_ACCESS_ROLES, ...inputs.leverUsers.map((u) => u.accessRole)])];
  const normal = (s: string) => s.trim().toLowerCase();
  workflow.exempt.roles.forEach((role, i) => {
    if (roles.some((r) => normal(r) === normal(role))) return;
    problems.push({
      path: `${base}.exempt.roles.${i}`,
      message: `"${role}" is not a Lever role, so it exempts nobody.`,
      fix: `${didYouMean(role, roles)}Lever's roles: ${roles.join(", ")}.`,
    });
  });
  return problems;
}
