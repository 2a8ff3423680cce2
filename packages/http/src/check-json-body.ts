/**
 * Whether a JSON response's body parses. A truncated or garbled body on a read is as transient as a
 * dropped connection (a proxy cut it, a node answered mid-deploy), so the retry layer resends the read
 * instead of failing the whole run. Non-JSON and empty bodies pass. The response must be re-readable (the
 * transport's {@link BufferedResponse}): the parse is kept, and openapi-fetch's read later reuses it.
 */
export async function jsonBodyParses(response: Response): Promise<boolean> {
  const type = response.headers.get("content-type") ?? "";
  if (!/[/+]json\b/i.test(type)) return true;
  if ((await response.text()).trim() === "") return true;
  try {
    await response.json();
    return true;
  } catch {
    return false;
  }
}
