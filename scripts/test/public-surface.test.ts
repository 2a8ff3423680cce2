import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Each package's runtime exports, pinned: a new export is a decision (document it in the package README
// and add it here), not an accident. Every pinned name must appear in the README as `name`.
const surfaces: Record<string, string[]> = {
  http: [
    "ADAPTIVE_DEFAULT_MAX_PER_SECOND",
    "ADAPTIVE_DEFAULT_START_PER_SECOND",
    "AdaptiveRate",
    "ApiError",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_ITEMS",
    "DEFAULT_RETRY",
    "PaginationError",
    "TRANSPORT_LIMITS",
    "TransportOptionError",
    "authMiddleware",
    "callInit",
    "createTransport",
    "decideFailure",
    "errorMiddleware",
    "isLoopbackHost",
    "paged",
    "paginateCursor",
    "paginateOffset",
    "parseRetryAfter",
    "redact",
    "silentLogger",
    "vendorFields",
  ],
  "lever-client": [
    "ApiError",
    "LEVER_BASE_URLS",
    "LEVER_BUILT_IN_ACCESS_ROLES",
    "LeverConfigError",
    "PaginationError",
    "createLeverClient",
    "vendorFields",
  ],
  "oomnitza-client": [
    "AmbiguousSaasAppError",
    "ApiError",
    "OOMNITZA_DEFAULT_RATE_LIMIT",
    "OomnitzaConfigError",
    "PaginationError",
    "createOomnitzaClient",
    "f",
    "filter",
    "vendorFields",
  ],
  sandbox: [
    "generateDataset",
    "runSandboxCli",
    "sandboxTenants",
    "startLeverSandbox",
    "startOomnitzaSandbox",
    "startSandbox",
  ],
  connector: [
    "ConfigError",
    "ExitCode",
    "PlanError",
    "StateLockedError",
    "TenantUnsupportedError",
    "connectorConfigJsonSchema",
    "connectorConfigSchema",
    "createConnector",
    "exitCodeFor",
    "listRuns",
    "loadConfig",
    "planLeverDeactivations",
    "planRoleRetrieval",
    "planWorkflow",
    "prepareWorkflow",
    "runWorkflow",
  ],
  mapping: [
    "MappingError",
    "closestName",
    "compileMapping",
    "defineMapping",
    "diffRecords",
    "leverFields",
    "mapUser",
    "mappingJsonSchema",
    "mappingSchema",
    "matchesRule",
    "normalizeKey",
    "ruleSchema",
    "sameValue",
    "smartMapping",
    "splitName",
    "suggestFields",
    "validateMapping",
  ],
};

describe("public surface", () => {
  for (const [pkg, names] of Object.entries(surfaces)) {
    it(`@lever-oomnitza/${pkg} exports exactly what its README documents`, async () => {
      const mod = await import(`../../packages/${pkg}/src/index.ts`);
      expect(Object.keys(mod).sort()).toEqual([...names].sort());
      const readme = readFileSync(new URL(`../../packages/${pkg}/README.md`, import.meta.url), "utf8");
      const undocumented = names.filter((n) => !readme.includes(`\`${n}\``));
      expect(undocumented, "exports missing from the README").toEqual([]);
    });
  }
});
