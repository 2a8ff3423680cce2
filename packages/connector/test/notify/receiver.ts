import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a test receiver got. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on loopback; `statuses` are answered in order, then 200. */
export async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      received.push({ path: req.url ?? "/", headers: req.headers, body });
      const status = statuses.shift() ?? 200;
      res.writeHead(
        status,
        status >= 300 && status < 400 ? { location: "http://127.0.0.1:9/elsewhere" } : {},
      );
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    url: (path = "/hook/T0000/B0000/XXXXsecretpath") => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A loopback URL where nothing listens. */
export async function deadUrl(): Promise<string> {
  const r = await startReceiver();
  const url = r.url();
  await r.close();
  return url;
}
