import type {
  ApplyOptions,
  CheckResult,
  Connector,
  ConnectorConfig,
  ConnectorOptions,
  Plan,
  RunReport,
} from "./types.js";

/** Builds the sync engine for a loaded config: `check`, `plan`, `apply(plan)` and `sync`. */
export function createConnector(config: ConnectorConfig, opts: ConnectorOptions = {}): Connector {
  void config;
  void opts;
  const pending = (what: string) => Promise.reject(new Error(`connector.${what} is being implemented`));
  return {
    check: (): Promise<CheckResult> => pending("check"),
    plan: (): Promise<Plan> => pending("plan"),
    apply: (_plan: Plan, _o?: ApplyOptions): Promise<RunReport> => pending("apply"),
    sync: (_o?: ApplyOptions): Promise<RunReport> => pending("sync"),
  };
}
