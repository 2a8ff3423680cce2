/** A transport failure named for people: what happened, in words, and the system code behind it. */
export interface FailureCause {
  /** "connection refused", "host not found", "TLS certificate problem", … */
  text: string;
  /** The Node/OpenSSL code, e.g. "ECONNREFUSED" or "CERT_HAS_EXPIRED". */
  code?: string;
}

// OpenSSL verification failures as Node reports them (https://nodejs.org/api/tls.html#x509-certificate-error-codes).
const TLS_CODES = new Set([
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "HOSTNAME_MISMATCH",
]);

const TEXTS: Record<string, string> = {
  ECONNREFUSED: "connection refused (nothing listens at that address)",
  ENOTFOUND: "host not found (DNS has no such name)",
  EAI_AGAIN: "host lookup failed for now (DNS did not answer)",
  ECONNRESET: "connection reset by the server",
  EPIPE: "connection closed by the server while sending",
  ETIMEDOUT: "connection timed out",
  ENETUNREACH: "network unreachable",
  EHOSTUNREACH: "host unreachable",
  ERR_BODY_TOO_LARGE: "response body too large",
};

/** The first string `code` on an error or its `cause` chain (fetch wraps the socket error in `cause`). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Names the cause of a transport failure from its code; falls back to the innermost message. */
export function failureCause(error: unknown): FailureCause {
  const code = errorCode(error);
  if (code !== undefined && TLS_CODES.has(code)) return { text: "TLS certificate problem", code };
  if (code !== undefined && TEXTS[code]) return { text: TEXTS[code] as string, code };
  let innermost: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const next = (innermost as { cause?: unknown } | null)?.cause;
    if (!(next instanceof Error)) break;
    innermost = next;
  }
  const text = innermost instanceof Error ? innermost.message : String(error);
  return code === undefined ? { text } : { text, code };
}

/** Whether a code says the certificate was refused (retrying cannot help). */
export function isTlsCode(code: string | undefined): boolean {
  return code !== undefined && TLS_CODES.has(code);
}
