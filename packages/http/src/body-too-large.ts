/** The largest decoded body the transport reads by default: far above any real page of either API. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * The error a fetch rejects with when a body grows past the cap, shaped like fetch's own network errors
 * (`TypeError("fetch failed", { cause })`) so every layer above handles it in one way; `cause.code` is
 * `ERR_BODY_TOO_LARGE`.
 */
export function bodyTooLarge(maxBodyBytes: number): TypeError {
  const cause = Object.assign(new Error(`the response body is larger than ${maxBodyBytes} bytes`), {
    code: "ERR_BODY_TOO_LARGE",
  });
  return new TypeError("fetch failed", { cause });
}

/**
 * Reads a fetch `Response` body whole, counting decoded bytes and cancelling the stream as soon as it
 * passes `maxBodyBytes` (an endless body or a decompression bomb never gets buffered).
 */
export async function readBodyCapped(response: Response, maxBodyBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (!response.headers.has("content-encoding") && declared > maxBodyBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw bodyTooLarge(maxBodyBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBodyBytes) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(maxBodyBytes);
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
}
