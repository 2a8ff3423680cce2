import type { Client } from "openapi-fetch";
import type { paths } from "./generated/lever.js";

/** The typed openapi-fetch client for the Lever spec (auth, throttle, retry and errors already wired in). */
export type LeverRawClient = Client<paths>;
