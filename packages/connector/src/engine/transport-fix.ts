const TLS = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME|HOSTNAME_MISMATCH/;

/**
 * The fix for a failure the transport named (a refused redirect, an oversized body, an endless listing,
 * a refused connection, an unknown host, a refused certificate), or undefined for any other error. The
 * CLI and `check` both print it, so each cause gets the same advice everywhere.
 */
export function transportFix(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { kind, code, service, name } = error as Record<string, unknown>;
  const where =
    service === "lever"
      ? "lever.baseUrl (or lever.region)"
      : service === "oomnitza"
        ? "oomnitza.baseUrl"
        : "the base URL";
  if (name === "PaginationError")
    return "the API kept sending pages (or the same page again), so the listing was stopped and nothing more was written; retry later or ask the vendor.";
  if (kind === "redirect")
    return `API requests never follow redirects (the credentials would go along): set ${where} to the address the API answers on directly.`;
  if (kind === "body-too-large")
    return `nothing more was written; if a page of this API really is that large, raise ${typeof service === "string" ? service : "the client's"}.maxBodyBytes.`;
  if (kind !== "network" || typeof code !== "string") return undefined;
  if (code === "ECONNREFUSED")
    return `nothing listens at that address: check the host and port in ${where}, or start the service.`;
  if (code === "ENOTFOUND") return `the host name does not resolve: check ${where} for a typo.`;
  if (TLS.test(code))
    return `the server's TLS certificate was refused: check that ${where} names the host on its certificate, or add your CA with NODE_EXTRA_CA_CERTS.`;
  return undefined;
}
