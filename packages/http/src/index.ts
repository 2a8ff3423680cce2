export {
  ADAPTIVE_DEFAULT_MAX_PER_SECOND,
  ADAPTIVE_DEFAULT_START_PER_SECOND,
  AdaptiveRate,
  type AdaptiveRateOptions,
  type RateCut,
  type RateCutReason,
  type WriteRateReport,
} from "./adaptive-rate.js";
export { ApiError, type ApiErrorInit, type ErrorKind } from "./api-error.js";
export { authMiddleware } from "./auth-middleware.js";
export { DEFAULT_MAX_BODY_BYTES } from "./body-too-large.js";
export { type CallOptions, callInit } from "./call-options.js";
export { createTransport, type TransportOptions } from "./create-transport.js";
export { decideFailure, type Failure, type FailureDecision } from "./decide-failure.js";
export { errorMiddleware } from "./error-middleware.js";
export type { Hooks, RequestHookInfo, ResponseHookInfo, RetryHookInfo } from "./hooks.js";
export { isLoopbackHost } from "./is-loopback-host.js";
export { type Logger, silentLogger } from "./logger.js";
export { type Paged, paged } from "./paged.js";
export { DEFAULT_MAX_ITEMS, PaginationError, paginateCursor } from "./paginate-cursor.js";
export { paginateOffset } from "./paginate-offset.js";
export { redact } from "./redact.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export { parseRetryAfter } from "./retry-after.js";
export type { TransportStats } from "./stats.js";
export type { RateLimitOptions } from "./token-bucket.js";
export { TRANSPORT_LIMITS } from "./transport-limits.js";
export { TransportOptionError } from "./transport-option-error.js";
export { type KnownFields, vendorFields } from "./vendor-fields.js";
