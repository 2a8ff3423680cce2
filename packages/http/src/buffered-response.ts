/**
 * A response whose body was read whole by the transport, decoded to text at most once and parsed as JSON
 * at most once, however many layers look at it. The transport has to buffer anyway (the deadline covers
 * the body, the size cap counts it, a read with a garbled body is retried), and then three readers follow:
 * the retry layer checks that a read's JSON parses, the error middleware turns an error body into an
 * `ApiError`, and openapi-fetch hands the data to the caller. Each used to take its own copy
 * (`new Response(text)`) and its own `JSON.parse`; here they share one string and one parsed value.
 *
 * It is still a `Response` (`instanceof` holds, openapi-fetch accepts it from middleware), and it can be
 * read any number of times: `clone()` returns itself. `body` is `null`: nothing streams out of it. The
 * parsed value is shared, so a reader must not mutate what `json()` returns before the last one
 * (openapi-fetch, which hands it to the caller) has it.
 */
/** Statuses whose responses have no body by definition (a `Response` with one cannot even be built). */
export function hasNullBody(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304;
}

export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array | null;
  #text: string | undefined;
  #json: { value: unknown } | { error: unknown } | undefined;

  constructor(
    bytes: Uint8Array | null,
    init: { status: number; statusText: string; headers: Headers },
    url: string,
  ) {
    super(null, init);
    this.#bytes = bytes;
    // A constructed Response has an empty `url`; keep the real one for error messages.
    Object.defineProperty(this, "url", { value: url });
  }

  /** The number of body bytes held (after decompression). */
  get byteLength(): number {
    return this.#bytes?.byteLength ?? 0;
  }

  #decoded(): string {
    if (this.#text === undefined)
      this.#text = this.#bytes
        ? Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength).toString("utf8")
        : "";
    return this.#text;
  }

  // Node's types declare the body readers as properties, so they are overridden as properties.
  override text = async (): Promise<string> => this.#decoded();

  override json = async (): Promise<unknown> => {
    if (this.#json === undefined) {
      try {
        this.#json = { value: JSON.parse(this.#decoded()) };
      } catch (error) {
        this.#json = { error };
      }
    }
    if ("error" in this.#json) throw this.#json.error;
    return this.#json.value;
  };

  override arrayBuffer = async (): Promise<ArrayBuffer> => {
    const b = this.#bytes;
    if (!b) return new ArrayBuffer(0);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };

  override blob = async (): Promise<Blob> =>
    new Blob(this.#bytes ? [this.#bytes] : [], { type: this.headers.get("content-type") ?? "" });

  override clone = (): Response => this;
}

/**
 * A {@link BufferedResponse} over `bytes` (decoded; `null` for a null-body status). When the server sent no
 * `Content-Length` (chunked), the decoded length is set, so openapi-fetch reads the body through `json()`
 * (the shared parse) instead of `text()` and a `JSON.parse` of its own.
 */
export function bufferedResponse(
  bytes: Uint8Array | null,
  from: { status: number; statusText: string; headers: Headers },
  url: string,
): BufferedResponse {
  const headers = new Headers(from.headers);
  if (bytes && !headers.has("content-length")) headers.set("content-length", String(bytes.byteLength));
  return new BufferedResponse(bytes, { status: from.status, statusText: from.statusText, headers }, url);
}
