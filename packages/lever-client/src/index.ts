export {
  ApiError,
  type CallOptions,
  type ErrorKind,
  type Hooks,
  type Logger,
  type Paged,
  PaginationError,
  type RateLimitOptions,
  type RequestHookInfo,
  type ResponseHookInfo,
  type RetryHookInfo,
  type RetryOptions,
  type TransportStats,
  vendorFields,
} from "@lever-oomnitza/http";
export { createLeverClient, type LeverClient } from "./create-lever-client.js";
export type { $defs, components, operations, paths } from "./generated/lever.js";
export { LEVER_BASE_URLS, type LeverClientOptions, type LeverRegion } from "./lever-client-options.js";
export { LeverConfigError } from "./lever-config-error.js";
export type { LeverRawClient } from "./lever-raw-client.js";
export {
  LEVER_BUILT_IN_ACCESS_ROLES,
  type LeverAccessRole,
  type LeverBuiltInAccessRole,
  type LeverListedUser,
  type LeverTag,
  type LeverUser,
  type LeverUserChanges,
  type LeverUserCreate,
  type LeverUserQuery,
} from "./lever-types.js";
export type { LeverTagsApi } from "./tags-api.js";
export type { LeverUsersApi } from "./users-api.js";
