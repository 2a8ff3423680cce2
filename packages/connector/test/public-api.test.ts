import { describe, expectTypeOf, it } from "vitest";
import {
  type CheckResult,
  type Connector,
  type ConnectorConfig,
  createConnector,
  exitCodeFor,
  type KeychainStore,
  listRuns,
  loadConfig,
  type Plan,
  type RunReport,
  type UserAction,
} from "../src/index.js";

describe("public types", () => {
  it("pins the library API the CLI and workflows build on", () => {
    expectTypeOf(loadConfig).parameters.toEqualTypeOf<
      [
        string | Record<string, unknown>,
        (
          | {
              env?: Record<string, string | undefined>;
              cwd?: string;
              keychain?: KeychainStore | undefined;
              skipSecrets?: boolean | undefined;
            }
          | undefined
        )?,
      ]
    >();
    expectTypeOf(loadConfig).returns.toEqualTypeOf<Promise<ConnectorConfig>>();
    expectTypeOf(createConnector).returns.toEqualTypeOf<Connector>();
    expectTypeOf<Connector["check"]>().returns.toEqualTypeOf<Promise<CheckResult>>();
    expectTypeOf<Connector["plan"]>().returns.toEqualTypeOf<Promise<Plan>>();
    expectTypeOf<Connector["apply"]>().parameter(0).toEqualTypeOf<Plan>();
    expectTypeOf<Connector["sync"]>().returns.toEqualTypeOf<Promise<RunReport>>();
    expectTypeOf(exitCodeFor).returns.toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 7>();
    expectTypeOf(listRuns).returns.toEqualTypeOf<Promise<RunReport[]>>();
  });

  it("narrows plan actions by their action tag", () => {
    expectTypeOf<UserAction["action"]>().toEqualTypeOf<
      "create" | "update" | "unchanged" | "skip" | "conflict"
    >();
    expectTypeOf<Extract<UserAction, { action: "update" }>["changes"][number]>().toEqualTypeOf<{
      field: string;
      from: unknown;
      to: unknown;
    }>();
    // @ts-expect-error a create has no changes
    expectTypeOf<Extract<UserAction, { action: "create" }>["changes"]>();
  });
});
