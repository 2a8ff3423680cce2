import { compileField, type FieldPlan } from "./compile-field.js";
import { compileFilter } from "./compile-filter.js";
import { describeValue } from "./describe-value.js";
import { isEmpty } from "./is-empty.js";
import { SYNC_TIME } from "./lever-fields.js";
import { MappingError } from "./mapping-error.js";
import { sameValue } from "./same-value.js";
import type { Scalar } from "./scalar.js";
import { toMs } from "./to-ms.js";
import type { Filter, Mapping } from "./types.js";
import { validateMapping } from "./validate-mapping.js";

/** An Oomnitza user record produced by a mapping. Every mapped field is present; `null` means empty. */
export type OomnitzaRecord = Record<string, Scalar>;

/** Where one Oomnitza value came from: a Lever field (or `$syncTime`), a `constant`, or `mapping.role`. */
export interface ProvenanceEntry {
  readonly from: string;
  readonly transforms: readonly string[];
}

/** Provenance of every field in a record. */
export type Provenance = Readonly<Record<string, ProvenanceEntry>>;

/** Result of mapping one Lever user. */
export type MapResult =
  | { ok: true; record: OomnitzaRecord; provenance: Provenance }
  | { ok: false; reasons: string[] };

/** One field that really changes: `from` is the existing Oomnitza value, `to` the desired one. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** A mapping compiled into one closure per field: validate once, then map and diff many records fast. */
export interface CompiledMapping {
  readonly mapping: Mapping;
  /** Oomnitza fields the mapping writes, in mapping order (without `role`). */
  readonly fields: readonly string[];
  readonly syncKeys: readonly string[];
  readonly provenance: Provenance;
  /**
   * The Lever user fields the mapping reads: its fields' sources and its filter's rule fields. A user
   * holding only these maps and filters exactly like the whole user.
   */
  readonly reads: readonly string[];
  map(leverUser: unknown, syncTime: number | Date): MapResult;
  diff(desired: unknown, existing: unknown): FieldChange[];
  matches(leverUser: unknown, now: number | Date): boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Validates a mapping once and compiles it; throws `MappingError` (with every problem) when it is not ready. */
export function compileMapping(input: Mapping): CompiledMapping {
  const validation = validateMapping(input);
  if (validation.status !== "ready") throw new MappingError(validation.problems);
  const mapping = validation.mapping;
  const required = new Set(["username", "email", ...mapping.syncKeys]);
  const plans = Object.entries(mapping.fields).map(([name, source]) =>
    compileField(name, source, required.has(name)),
  );
  const provenance = buildProvenance(plans);
  const stamps = plans.filter((p) => p.from === SYNC_TIME).map((p) => p.name);
  const compared = plans.filter((p) => p.from !== SYNC_TIME).map((p) => p.name);
  const filter = mapping.filter;
  const predicate = filter === undefined ? () => true : compileFilter(filter satisfies Filter);
  return {
    mapping,
    fields: plans.map((p) => p.name),
    syncKeys: mapping.syncKeys,
    provenance,
    reads: Object.freeze([
      ...new Set([
        ...plans.flatMap((p) => (p.from && p.from !== SYNC_TIME ? [p.from] : [])),
        ...filterFields(filter),
      ]),
    ]),
    map: (user, syncTime) => mapWithPlans(plans, mapping.role, provenance, user, toMs(syncTime)),
    diff: (desired, existing) => diffFields(compared, stamps, desired, existing),
    matches: (user, now) => predicate(user, toMs(now) ?? Date.now()),
  };
}

/** The fields a validated filter's rules read (each a Lever field name: validation refuses others). */
function filterFields(node: unknown): string[] {
  if (node === null || typeof node !== "object") return [];
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.all)) return n.all.flatMap(filterFields);
  if (Array.isArray(n.any)) return n.any.flatMap(filterFields);
  if (typeof n.field !== "string" || n.field === "") return [];
  return [n.field];
}

function buildProvenance(plans: FieldPlan[]): Provenance {
  const out: Record<string, ProvenanceEntry> = {};
  for (const p of plans)
    out[p.name] = Object.freeze({ from: p.from ?? "constant", transforms: Object.freeze(p.transforms) });
  out.role = Object.freeze({ from: "mapping.role", transforms: Object.freeze([]) });
  return Object.freeze(out);
}

function mapWithPlans(
  plans: FieldPlan[],
  role: number,
  provenance: Provenance,
  user: unknown,
  syncMs: number | undefined,
): MapResult {
  if (user === null || typeof user !== "object" || Array.isArray(user)) {
    return { ok: false, reasons: [`the Lever user is not an object (got ${describeValue(user)})`] };
  }
  const u = user as Record<string, unknown>;
  const record: OomnitzaRecord = {};
  const reasons: string[] = [];
  for (const plan of plans) {
    let value: Scalar;
    try {
      value = plan.read(u, syncMs);
    } catch (error) {
      reasons.push(`${plan.name}: ${error instanceof Error ? error.message : describeValue(error)}`);
      continue;
    }
    if (isEmpty(value)) {
      value = null;
      if (plan.required)
        reasons.push(`${plan.from ?? "the constant"} is empty: required for the ${plan.name} field`);
    } else if (plan.name === "email" && (typeof value !== "string" || !EMAIL.test(value.trim()))) {
      reasons.push(
        `${plan.from ?? "the constant"} ${describeValue(value)} is not an email address: required for the email field`,
      );
    }
    record[plan.name] = value;
  }
  if (reasons.length > 0) return { ok: false, reasons };
  record.role = role;
  return { ok: true, record, provenance };
}

// `$syncTime` fields change every run, so they never cause an update on their own: they ride along.
function diffFields(
  compared: string[],
  stamps: string[],
  desired: unknown,
  existing: unknown,
): FieldChange[] {
  if (desired === null || typeof desired !== "object") return [];
  const want = desired as Record<string, unknown>;
  const have = (existing !== null && typeof existing === "object" ? existing : {}) as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of compared) pushChange(changes, field, want[field], have[field]);
  if (changes.length > 0) for (const field of stamps) pushChange(changes, field, want[field], have[field]);
  return changes;
}

function pushChange(changes: FieldChange[], field: string, to: unknown, from: unknown): void {
  if (to === undefined || sameValue(to, from)) return;
  changes.push({ field, from: from ?? null, to });
}
