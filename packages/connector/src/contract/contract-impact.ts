import type { ConnectorConfig } from "../config/config-schema.js";

/** A part of the connector a deviation can affect. */
export type ContractFeature =
  | "people sync"
  | "SaaS-user sync"
  | "SaaS-user deactivation and reactivation"
  | "workflows"
  | "connector check";

/** What the connector will do about one deviation. */
export interface ContractImpact {
  /** `works`: handled as is; `degraded`: the feature is refused, the rest goes on; `refuses`: the feature stops with a named error. */
  effect: "works" | "degraded" | "refuses";
  feature: ContractFeature;
  /** How, in one sentence. */
  detail: string;
}

/** One call of the contract check: the vendor operation and the feature that reads it. */
export interface ContractOperation {
  service: "lever" | "oomnitza";
  operationId: string;
  feature: ContractFeature;
}

const SAAS_USER_OPS = new Set(["listSaasAssignedUsers", "listSaasUsers"]);
const ESSENTIAL: Record<string, RegExp> = {
  "lever listUsers": /^\$(\.data|\.hasNext|\.data\[\*\]\.id)?$/,
  "lever getUser": /^\$(\.data|\.data\.id)?$/,
  "oomnitza listUsers": /^\$(\[\*\]\.user_id)?$/,
  "oomnitza listSaas": /^\$(\[\*\]\.(saas_id|saas_name))?$/,
  "oomnitza listSaasAssignedUsers": /^\$(\[\*\]\.user_id)?$/,
  "oomnitza listSaasUsers": /^\$(\[\*\]\.user_id)?$/,
};

/**
 * The one table of what the connector does about a deviation at `path` of an operation's response
 * (see the `x-export-2022` notes in openapi/oomnitza.yaml for the readings behind each row).
 */
export function contractImpact(op: ContractOperation, path: string, problem: string): ContractImpact {
  const { feature } = op;
  if (path === "status") return { effect: "refuses", feature, detail: "the call fails with a named error" };
  if (path === "headers.X-Total-Count")
    return {
      effect: "works",
      feature,
      detail: "without a total, paging asks once more after a short page and stops on an empty page",
    };
  if (problem.startsWith("more records than the limit"))
    return {
      effect: "refuses",
      feature,
      detail: "the server ignores limit/skip: listing stops with a named paging error, never with duplicates",
    };
  if (op.service === "oomnitza" && SAAS_USER_OPS.has(op.operationId)) {
    const field = /^\$\[\*\]\.(\w+)/.exec(path)?.[1];
    if (field === "status" || field === "saas_user_id")
      return {
        effect: "degraded",
        feature: "SaaS-user deactivation and reactivation",
        detail: `refused with an error naming ${field}; people and the rest of the SaaS-user sync go on`,
      };
    if (field === "saas_id")
      return {
        effect: "works",
        feature,
        detail:
          "records without the app's saas_id are never acted on; the app's users are read through /saas/{ident}/users",
      };
    if (field === "roles")
      return { effect: "works", feature, detail: "one role object is read as a one-item list" };
  }
  if (ESSENTIAL[`${op.service} ${op.operationId}`]?.test(path))
    return {
      effect: "refuses",
      feature,
      detail: "a field every record needs: the run stops with a named error",
    };
  return {
    effect: "works",
    feature,
    detail: "not a field the connector depends on: values it cannot read are reported per record",
  };
}

/** Whether the config uses a feature, so that a deviation breaking it fails the check. */
export function featureConfigured(feature: ContractFeature, config: ConnectorConfig): boolean {
  const saas = config.sync.records === "users-and-saas-users";
  const defined = Object.values(config.workflows);
  const workflows = defined.length > 0;
  const deactivating = defined.some(
    (w) => w.type === "lever-deactivate-users" || (w.type === "saas-user-role" && w.deactivateMissing),
  );
  switch (feature) {
    case "people sync":
      return true;
    case "SaaS-user sync":
      return saas;
    case "SaaS-user deactivation and reactivation":
      return saas || deactivating;
    case "workflows":
      return workflows;
    case "connector check":
      return false;
  }
}
