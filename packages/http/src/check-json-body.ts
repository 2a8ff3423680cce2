/** A response whose body has been read: a fresh copy to hand on, and whether the JSON in it parses. */
export interface CheckedBody {
  response: Response;
  valid: boolean;
}

/**
 * Buffers a JSON response and checks that its body parses. A truncated or garbled body on a read is as
 * transient as a dropped connection (a proxy cut it, a node answered mid-deploy), so the retry layer
 * resends the read instead of failing the whole run. Non-JSON and empty bodies are passed through.
 */
export async function checkJsonBody(response: Response, requestUrl: string): Promise<CheckedBody> {
  const type = response.headers.get("content-type") ?? "";
  if (!/[/+]json\b/i.test(type)) return { response, valid: true };
  const text = await response.text();
  let valid = true;
  if (text.trim() !== "") {
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
  }
  const copy = new Response(text, response);
  Object.defineProperty(copy, "url", { value: response.url || requestUrl });
  return { response: copy, valid };
}
