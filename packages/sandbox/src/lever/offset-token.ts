/** Position after which the next page starts: the last item's `[createdAt, id]`. */
export interface LeverCursor {
  createdAt: number;
  id: string;
}

/** FNV-1a hash of the filters a listing used; tokens carry it so they only work with the same filters. */
export function filterHash(filters: unknown): string {
  const text = JSON.stringify(filters);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * Builds an offset token shaped like Lever's real ones: URL-encoded JSON `[createdAt,"id",...]`
 * (docs/vendor-facts.md#lever-lists-and-pagination), plus the filter hash. A keyset cursor stays correct while users are inserted.
 */
export function encodeOffsetToken(cursor: LeverCursor, hash: string): string {
  return encodeURIComponent(JSON.stringify([cursor.createdAt, cursor.id, hash]));
}

/** Reads an offset token, tolerating one extra level of URL encoding (clients do both; docs/vendor-facts.md#lever-lists-and-pagination). */
export function decodeOffsetToken(raw: string): { cursor: LeverCursor; hash: string } | { error: string } {
  let text = raw;
  try {
    if (text.startsWith("%")) text = decodeURIComponent(text);
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [createdAt, id, hash] = parsed as unknown[];
      if (typeof createdAt === "number" && typeof id === "string" && typeof hash === "string") {
        return { cursor: { createdAt, id }, hash };
      }
    }
  } catch {
    // fall through to the generic message
  }
  return {
    error: "Invalid offset token: the token was not issued by this API; pass the `next` value unchanged",
  };
}
