import type { ContractFeature, ContractImpact } from "./contract-impact.js";
import type { Shape } from "./shape-of.js";

/** One deviation of a live response from `openapi/*.yaml`, with what the connector will do about it. */
export interface ContractDeviation extends ContractImpact {
  /** JSON path into the response: `status`, `headers.X-Total-Count`, `$[*].status`. */
  path: string;
  problem: string;
  /** The feature is configured and this deviation degrades or stops it. */
  breaks: boolean;
}

/** One read-only call of the contract check. */
export interface ContractCall {
  service: "lever" | "oomnitza";
  operationId: string;
  method: "GET";
  /** The spec's path template, never the concrete URL (it may hold ids). */
  path: string;
  feature: ContractFeature;
  /** The HTTP status, or null when there was no answer. */
  status: number | null;
  /** For each header the connector relies on: whether it came. */
  headers: Record<string, "present" | "absent">;
  /** Types and field names of the body, no values (see `shapeOf`). */
  body: Shape | null;
  deviations: ContractDeviation[];
  /** Why the call was not made (e.g. no SaaS app yet). */
  skipped?: string | undefined;
}

/**
 * The result of `connector check --contract`, safe to attach to a bug report: paths, statuses, header
 * presence and body shapes only — no value, no secret, no personal data.
 */
export interface ContractReport {
  kind: "lever-oomnitza-contract";
  version: 1;
  checkedAt: string;
  /** `openapi/lever.yaml` and `openapi/oomnitza.yaml` versions (`info.version`) checked against. */
  specs: { lever: string; oomnitza: string };
  /** No deviation breaks a configured feature. */
  ok: boolean;
  calls: ContractCall[];
}
