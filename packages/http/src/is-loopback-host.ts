/**
 * Whether a URL's hostname (as `new URL(…).hostname` spells it) is this machine: `localhost`, any
 * 127.0.0.0/8 address or `[::1]`. The one rule for "plain http is allowed here": both clients'
 * `allowInsecureHttp` default, the connector's base-URL and webhook checks.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
