import type { Logger as HttpLogger } from "@lever-oomnitza/http";
import type { LeverListedUser } from "@lever-oomnitza/lever-client";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CheckResult,
  type Connector,
  type ConnectorConfig,
  type ConnectorOptions,
  createConnector,
  exitCodeFor,
  type KeychainStore,
  listRuns,
  loadConfig,
  type Plan,
  type RunReport,
  type UserAction,
  type WorkflowsConfig,
} from "../src/index.js";
import type { LeverUserData } from "../src/plan/plan-data.js";

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

describe("types from their source", () => {
  it("infers ConnectorConfig from the config schema, keeping the caps' template type", () => {
    expectTypeOf<ConnectorConfig["sync"]["maxUpdates"]>().toEqualTypeOf<number | `${number}%`>();
    expectTypeOf<ConnectorConfig["saas"]["maxDeactivations"]>().toEqualTypeOf<number | `${number}%`>();
    expectTypeOf<ConnectorConfig["lever"]["region"]>().toEqualTypeOf<"global" | "eu" | "sandbox">();
    expectTypeOf<ConnectorConfig["workflows"]>().toEqualTypeOf<WorkflowsConfig>();
    expectTypeOf<ConnectorConfig["oomnitza"]["token"]>().toEqualTypeOf<string>();
  });

  it("uses http's Logger and lever-client's listed Lever user, whose email may be missing", () => {
    expectTypeOf<NonNullable<ConnectorOptions["logger"]>>().toEqualTypeOf<HttpLogger>();
    expectTypeOf<LeverUserData["email"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LeverUserData["accessRole"]>().toEqualTypeOf<LeverListedUser["accessRole"]>();
  });
});
