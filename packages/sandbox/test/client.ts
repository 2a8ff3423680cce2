/** A tiny fetch helper for tests: JSON in, `{ status, headers, body }` out, and every exchange recorded. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  body: unknown;
}

export function testClient(baseUrl: string, headers: Record<string, string>) {
  const log: Exchange[] = [];
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Exchange> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...headers,
        ...extra,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const url = new URL(`${baseUrl}${path}`);
    const exchange = {
      method,
      path: url.pathname,
      status: res.status,
      headers: res.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    log.push(exchange);
    return exchange;
  };
  return { call, log };
}

export const basic = (key: string) => ({
  authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}`,
});
