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
export { AmbiguousSaasAppError } from "./ambiguous-saas-app-error.js";
export {
  createOomnitzaClient,
  OOMNITZA_DEFAULT_RATE_LIMIT,
  type OomnitzaClient,
} from "./create-oomnitza-client.js";
export { f, filter } from "./filter.js";
export type { components, operations, paths } from "./generated/oomnitza.js";
export type { OomnitzaClientOptions } from "./oomnitza-client-options.js";
export { OomnitzaConfigError } from "./oomnitza-config-error.js";
export type { OomnitzaRawClient } from "./oomnitza-raw-client.js";
export type {
  FieldMeta,
  OomnitzaUser,
  OomnitzaUserInput,
  RoleAssignResult,
  SaasApp,
  SaasAppInput,
  SaasAssignedUser,
  SaasAssignResult,
  SaasExternalIdResult,
  SaasRole,
  SaasRoleInput,
  SaasRoleRecord,
  SaasUser,
  SaasUserRoleInput,
  SaasUserStatusResult,
  WriteOptions,
} from "./oomnitza-types.js";
export type { FilterValue } from "./quote-filter-value.js";
export type { OomnitzaSaasApi, SaasListQuery, SaasUsersOfAppQuery } from "./saas-api.js";
export type { OomnitzaSaasUsersApi, SaasUserListQuery } from "./saas-users-api.js";
export type { OomnitzaUsersApi, UserListQuery } from "./users-api.js";
