import type { ContractReport } from "./contract/contract-report.js";
import type { ExitCodeValue } from "./errors/exit-codes.js";
import type { NotifyTarget } from "./notify/resolve-notify-targets.js";
import type { KeychainStore } from "./secrets/keychain-store.js";
import type { WorkflowsConfig } from "./workflows/workflows-config-schema.js";
// Public types of the sync engine. The CLI, the workflows and the benchmarks build on these names:
// extend them, never rename them.

/** A pino-compatible logger; the engine never writes to the console. */
export interface Logger {
  debug(o: object, m?: string): void;
  info(o: object, m?: string): void;
  warn(o: object, m?: string): void;
  error(o: object, m?: string): void;
}

/** Client-side request budget for one API (token bucket). */
export interface RateLimitConfig {
  perSecond: number;
  burst: number;
}

/** Which records a sync writes: People only, or People plus SaaS users of the Lever app. */
export type SyncRecords = "users" | "users-and-saas-users";

/** Which writes a sync may make on People records (Oomnitza's "Create & Update / Create only / Update only"). */
export type SyncPreference = "create-and-update" | "create-only" | "update-only";

/** A safety cap: an absolute count, or a percentage such as `"5%"` of what it is measured against. */
export type MaxCount = number | `${number}%`;

/** A deactivation cap: an absolute count, or a percentage of the app's SaaS users such as `"5%"`. */
export type MaxDeactivations = MaxCount;

/** The validated, resolved config `loadConfig` returns: secrets read, paths absolute, defaults filled. */
export interface ConnectorConfig {
  lever: {
    /** Secret. Never logged, never in a plan or report. One of `apiKey` and `accessToken` is set. */
    apiKey?: string | undefined;
    /** Lever OAuth access token (secret), instead of `apiKey`. */
    accessToken?: string | undefined;
    region: "global" | "eu" | "sandbox";
    /** Overrides `region`; plain http is allowed on loopback hosts only (the sandbox). */
    baseUrl?: string | undefined;
    rateLimit?: RateLimitConfig | false | undefined;
    timeoutMs?: number | undefined;
    maxBodyBytes?: number | undefined;
  };
  oomnitza: {
    /** `https://<subdomain>.oomnitza.com`, or a loopback http URL for the sandbox. */
    baseUrl: string;
    /** Secret. Never logged, never in a plan or report. */
    token: string;
    rateLimit?: RateLimitConfig | false | undefined;
    timeoutMs?: number | undefined;
    maxBodyBytes?: number | undefined;
  };
  sync: {
    records: SyncRecords;
    preference: SyncPreference;
    /** Cron expression used by `connector schedule`; daily at 02:00 by default. */
    schedule: string;
    /** Maximum writes in flight at once (per API). */
    concurrency: number;
    /** Most people a run after the first may update: a count, or a percentage of the matched people. */
    maxUpdates: MaxCount;
  };
  /** A mapping in the mapping package's format; `undefined` means `smartMapping()`. */
  mapping?: unknown;
  saas: {
    /** Name of the SaaS app in Oomnitza (created when missing). */
    app: string;
    /** Deactivate SaaS users whose Lever user is deactivated or gone. */
    deactivateMissing: boolean;
    maxDeactivations: MaxDeactivations;
  };
  state: {
    /** Absolute path of the state directory (run reports in `runs/`, snapshot in `state.json`). */
    dir: string;
  };
  report: {
    /** `connector report`: an active seat whose `last_visit` is older than this is a seat to reclaim. */
    staleAfterDays: number;
  };
  /** Workflow definitions by name, validated by `loadConfig` with the config. */
  workflows: WorkflowsConfig;
  /** Webhooks told when a run needs a person (`notify:`), with their secrets resolved. */
  notify: NotifyTarget[];
  /** Absolute path of the file the config was read from, when it came from a file. */
  source?: string | undefined;
}

/** One problem found in a config, with the dotted path, what is wrong and how to fix it. */
export interface ConfigProblem {
  path: string;
  message: string;
  fix: string;
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** Environment for `${VAR}` interpolation and secret fallbacks; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Base for relative paths when the config is an object; the file's folder otherwise. */
  cwd?: string;
  /** The keychain behind `*From: keychain`; the OS keychain by default. */
  keychain?: KeychainStore | undefined;
  /**
   * Leave every secret unresolved (placeholders instead): for commands that read local state only,
   * so they run no secret command and touch no keychain.
   */
  skipSecrets?: boolean | undefined;
}

/** A progress phase reported through `onProgress`. */
export type ProgressPhase = "read-lever" | "read-oomnitza" | "read-saas" | "plan" | "apply" | "report";

/** A progress event: `done` of `total` units (pages read, records planned, actions applied). */
export interface ProgressEvent {
  phase: ProgressPhase;
  done: number;
  total?: number | undefined;
  unit: "records" | "actions";
  message?: string | undefined;
}

/** Options of `createConnector`. */
export interface ConnectorOptions {
  logger?: Logger;
  onProgress?: (event: ProgressEvent) => void;
  /** Replaces `globalThis.fetch` for both APIs (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** One line of `check()`: what was verified, whether it holds, and the fix when it does not. */
/**
 * How far a check item got: `pass` was verified; `warn` was looked at but could not be confirmed (the API
 * offers no way), so the run may still fail there: read the fix; `fail` is broken; `skip` was not tried.
 */
export type CheckStatus = "pass" | "warn" | "fail" | "skip";

/** One line of `check()`: what was verified, how it went, and the fix when it is not a plain pass. */
export interface CheckItem {
  name: string;
  status: CheckStatus;
  /** False only for `fail`: a warning or a skip does not stop a sync. */
  ok: boolean;
  message: string;
  fix?: string | undefined;
  /** On a failed item: the exit code it stands for (3 refused credentials, 5 API unavailable, 2 otherwise). */
  exitCode?: ExitCodeValue | undefined;
  /** `status: "skip"`: nothing was tried (no safe way to test it, or an earlier step failed). */
  skipped?: boolean | undefined;
}

/** Result of `check()`: `fail` if any item failed, else `warn` if any warned, else `pass`; `ok` = not `fail`. */
export interface CheckResult {
  ok: boolean;
  status: Exclude<CheckStatus, "skip">;
  items: CheckItem[];
}

/** One field change of an update: the Oomnitza value now and the value the sync writes. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Why a Lever user is not written. */
export type SkipReason = "filtered" | "unmappable" | "preference";

/** The sync key that found (or will find) the Oomnitza record. */
export interface SyncKeyValue {
  field: string;
  value: string;
}

/** Create the Oomnitza person. `keys` are the ranked sync keys, used to resolve an unknown outcome. */
export interface CreateAction {
  action: "create";
  leverId: string;
  email?: string | undefined;
  keys: SyncKeyValue[];
  record: Record<string, unknown>;
}

/** Patch the changed fields of an existing person; `precondition` is what the diff was computed from. */
export interface UpdateAction {
  action: "update";
  leverId: string;
  email?: string | undefined;
  oomnitzaId: string;
  matchedBy: string;
  changes: FieldChange[];
  precondition: { changeDate?: number | string | null | undefined; fields: Record<string, unknown> };
}

/** The person already matches Lever; nothing to write. */
export interface UnchangedAction {
  action: "unchanged";
  leverId: string;
  email?: string | undefined;
  oomnitzaId: string;
  matchedBy: string;
}

/** The Lever user is not written, with the reason. */
export interface SkipAction {
  action: "skip";
  leverId: string;
  email?: string | undefined;
  reason: SkipReason;
  message: string;
  oomnitzaId?: string | undefined;
}

/** The Lever user cannot be matched unambiguously; nothing is written for it. */
export interface ConflictAction {
  action: "conflict";
  leverId: string;
  email?: string | undefined;
  message: string;
  oomnitzaIds: string[];
  otherLeverIds: string[];
}

/** One planned action for one Lever user. */
export type UserAction = CreateAction | UpdateAction | UnchangedAction | SkipAction | ConflictAction;

/** A Lever user whose person is known (`userId`) or will be created by this plan (`userId` absent). */
export interface SaasUserRef {
  leverId: string;
  userId?: string | undefined;
}

/** Result of the deactivation safety check. */
export interface SafetyResult {
  maxDeactivations: MaxDeactivations;
  /** The cap as a count (percentages resolved against `appUsers`). */
  limit: number;
  appUsers: number;
  planned: number;
  tripped: boolean;
}

/**
 * The mass-update stop: over `sync.maxUpdates` (after the first run), nothing at all is written, so a
 * broken upstream (every name "X", everyone under new ids) cannot overwrite every person.
 */
export interface UpdateSafety {
  maxUpdates: MaxCount;
  /** The cap as a count (percentages resolved against `matched`). */
  limit: number;
  /** People matched to an Oomnitza record (updated, unchanged, or skipped by preference). */
  matched: number;
  planned: number;
  /** False on the first run (no earlier sync in `state.dir`), when updating everyone is expected. */
  armed: boolean;
  tripped: boolean;
  /** For each field that changes, how many people it changes for. */
  fields: Record<string, number>;
}

/** The SaaS-user part of a plan; each list is executed in as few calls as the API allows. */
/** A feature the run could not perform on this tenant's data, while the rest went on (loudly reported). */
export interface DegradedFeature {
  /** What was not done, e.g. "SaaS-user deactivation and reactivation". */
  feature: string;
  /** The API field whose absence caused it, e.g. `status`. */
  field: string;
  message: string;
  /** What the user can do. */
  fix: string;
}

export interface SaasPlan {
  app: { name: string; saasId: string | null; action: "exists" | "create" };
  /** One assign call for all of them. */
  assign: SaasUserRef[];
  /** One call per user (the API has no batch form). */
  externalIds: Array<SaasUserRef & { from: string | null }>;
  /** One PATCH per role. */
  roles: Array<{ role: string; users: Array<SaasUserRef & { from: string[] }> }>;
  reactivate: Array<{ saasUserId: string; userId: string; leverId: string }>;
  deactivate: Array<{
    saasUserId: string;
    userId: string;
    leverId?: string | undefined;
    reason: "lever-deactivated" | "lever-missing";
  }>;
  safety: SafetyResult;
  /** Status features refused because the SaaS users lack a field (absent when none). */
  degraded?: DegradedFeature[] | undefined;
}

/** Counts of a plan's actions. */
export interface PlanSummary {
  users: Record<UserAction["action"], number>;
  saas: {
    createApp: number;
    assign: number;
    externalIds: number;
    roles: number;
    reactivate: number;
    deactivate: number;
  };
  writes: number;
}

/** A saved plan: plain, stable, diffable JSON. `configFingerprint` binds it to the config it came from. */
export interface Plan {
  kind: "lever-oomnitza-plan";
  version: 1;
  createdAt: string;
  configFingerprint: string;
  settings: {
    records: SyncRecords;
    preference: SyncPreference;
    syncKeys: string[];
    saasApp: string;
    deactivateMissing: boolean;
  };
  source: { leverUsers: number; oomnitzaUsers: number; saasUsers: number };
  summary: PlanSummary;
  /** Sorted by Lever id, one entry per Lever user. */
  users: UserAction[];
  /** `null` when `sync.records` is `users`. */
  saas: SaasPlan | null;
  /** The mass-update stop (plans saved before it existed lack it; `apply` recomputes it anyway). */
  updates?: UpdateSafety | undefined;
}

/** Options of `plan()`. */
export interface PlanOptions {
  signal?: AbortSignal;
}

/** Options of `apply()` and `sync()`. */
export interface ApplyOptions {
  signal?: AbortSignal;
  /** Compute and report, write nothing (no report file either). */
  dryRun?: boolean;
  /** Write the run report to `<state.dir>/runs/` (default true unless `dryRun`). */
  writeReport?: boolean;
  /**
   * Called with the plan before the first write (never on a dry run), e.g. to ask a person about
   * deactivations. Throw to cancel: nothing is written, no report is written, and the error propagates.
   */
  confirm?: (plan: Plan) => void | Promise<void>;
}

/** Requests made to one API during a run. */
export interface RequestCounts {
  requests: number;
  retries: number;
  rateLimited: number;
  byStatus: Record<string, number>;
}

/** One record-level failure or non-write, with the reason. */
export interface RunIssue {
  target: "user" | "saas";
  action: string;
  leverId?: string | undefined;
  oomnitzaId?: string | undefined;
  email?: string | undefined;
  reason: string;
  kind?: string | undefined;
}

/** How a run ended; `exitCodeFor` maps it to the CLI's exit code. */
export type RunOutcome = "ok" | "failures" | "safety-tripped" | "interrupted" | "error";

/** Counts of what a run actually did. */
export interface RunCounts {
  users: {
    create: number;
    update: number;
    unchanged: number;
    skip: number;
    conflict: number;
    failed: number;
  };
  saas: {
    createApp: number;
    assign: number;
    externalIds: number;
    roles: number;
    reactivate: number;
    deactivate: number;
    /** Saved-plan SaaS actions skipped because they were already in place (a re-applied plan). */
    inPlace: number;
    failed: number;
  };
  writes: number;
}

/** The report of one run, written to `<state.dir>/runs/<time>-<runId>.json`. Contains no secret. */
export interface RunReport {
  kind: "lever-oomnitza-run";
  version: 1;
  runId: string;
  command: "sync" | "apply" | "workflow";
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  dryRun: boolean;
  outcome: RunOutcome;
  configFingerprint: string;
  planCreatedAt: string | null;
  planned: PlanSummary | null;
  counts: RunCounts;
  failures: RunIssue[];
  /** Skips and conflicts, planned or found at apply (e.g. changed since plan). */
  skips: RunIssue[];
  requests: { lever: RequestCounts; oomnitza: RequestCounts };
  retries: number;
  rateLimited: number;
  safety: SafetyResult | null;
  /** The mass-update stop; when tripped, nothing was written. */
  updates: UpdateSafety | null;
  interrupted: boolean;
  /** Features refused because the tenant's data lacks a field, while the rest of the run went on. */
  degraded?: DegradedFeature[] | undefined;
  /**
   * What ended the run; `service` names the API that answered (`lever` or `oomnitza`) when one did,
   * `fix` is there when the cause has a specific one (a refused connection, a redirect, …).
   */
  error?:
    | {
        kind: string;
        message: string;
        exitCode: number;
        service?: string | undefined;
        fix?: string | undefined;
      }
    | undefined;
  /** Where the report was written; `null` for dry runs. */
  reportPath: string | null;
}

/** The engine: read-only `check`, `checkContract` and `plan`, writing `apply` and `sync`. */
export interface Connector {
  check(): Promise<CheckResult>;
  /** Read-only calls against both APIs, each response validated against `openapi/*.yaml`; a redacted report. */
  checkContract(): Promise<ContractReport>;
  plan(opts?: PlanOptions): Promise<Plan>;
  apply(plan: Plan, opts?: ApplyOptions): Promise<RunReport>;
  sync(opts?: ApplyOptions): Promise<RunReport>;
}

export type { ContractFeature, ContractImpact } from "./contract/contract-impact.js";
export type {
  ContractCall,
  ContractDeviation,
  ContractReport,
} from "./contract/contract-report.js";
export type { Shape } from "./contract/shape-of.js";
