import type { Mapping } from "@lever-oomnitza/mapping";
import { ConfigError } from "../config/config-error.js";
import { mappingFor } from "./mapping-for.js";

/** Like `mappingFor`, but a draft mapping is a `ConfigError` (nothing can be planned with it). */
export function resolveMapping(configured: unknown, tenantFields: readonly string[] | undefined): Mapping {
  const { mapping, problems } = mappingFor(configured, tenantFields);
  if (!mapping) throw new ConfigError(problems);
  return mapping;
}
