import type { Client } from "openapi-fetch";
import type { paths } from "./generated/oomnitza.js";

/** The typed openapi-fetch client behind the resource helpers: `raw.GET("/api/v3/users", …)`. */
export type OomnitzaRawClient = Client<paths>;

/** What each resource module needs from the client. */
export interface ResourceContext {
  raw: OomnitzaRawClient;
  pageSize: number;
  batchSize: number;
  secrets: string[];
}
