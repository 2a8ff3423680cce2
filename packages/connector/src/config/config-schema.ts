import {
  ADAPTIVE_DEFAULT_MAX_PER_SECOND,
  DEFAULT_MAX_BODY_BYTES,
  TRANSPORT_LIMITS,
} from "@lever-oomnitza/http";
import * as z from "zod";
import type { NotifyTarget } from "../notify/resolve-notify-targets.js";
import { workflowsConfigSchema } from "../workflows/workflows-config-schema.js";
import { isCron } from "./is-cron.js";

const { perSecond, burst, timeoutMs, maxBodyBytes } = TRANSPORT_LIMITS;

/** Writes in flight at once: enough to keep an adaptive write rate of a few hundred per second busy at ~20–40 ms per write. */
export const DEFAULT_CONCURRENCY = 16;

const rateLimit = z
  .union([
    z.strictObject({
      perSecond: z
        .number()
        .min(perSecond.min)
        .max(perSecond.max)
        .describe(`Steady requests per second (${perSecond.min} to ${perSecond.max}).`),
      burst: z
        .number()
        .int()
        .min(burst.min)
        .max(burst.max)
        .describe("Requests allowed at once after a quiet period."),
    }),
    z.literal(false),
  ])
  .describe("Client-side request budget; false turns the throttle off.");

// Node's timers overflow past 2^31-1 ms and fire at once: every request would "time out".
const timeout = z
  .number()
  .int()
  .min(timeoutMs.min)
  .max(timeoutMs.max)
  .optional()
  .describe("Per-attempt deadline in ms (default 30000).");

const bodyCap = z
  .number()
  .int()
  .min(maxBodyBytes.min)
  .max(maxBodyBytes.max)
  .optional()
  .describe(
    `Largest response body read, after decompression (default ${DEFAULT_MAX_BODY_BYTES}, 64 MiB); a larger one ends the run.`,
  );

const maxCount = z.union([
  z.number().int().nonnegative(),
  // The regex guarantees the template type the planner reads; zod cannot infer it from a regex.
  z.string().regex(/^\d+(\.\d+)?%$/, 'use a count such as 10 or a percentage such as "5%"') as z.ZodType<
    `${number}%`,
    string
  >,
]);

const maxDeactivations = maxCount.describe(
  'Most SaaS users one run may deactivate: a count, or a percentage of the app\'s users ("5%").',
);

/**
 * A normal night updates a few people; a fifth of everyone at once is a broken upstream or a mapping
 * change, and an intended one (a domain migration) is let through by raising `sync.maxUpdates`.
 */
const DEFAULT_MAX_UPDATES = "20%";

const secretCommand = z
  .array(z.string().min(1))
  .min(1)
  .describe(
    'Program and arguments that print the secret on stdout, run without a shell, e.g. ["op", "read", "op://it/lever/key"].',
  );
const secretFrom = z
  .string()
  .regex(/^keychain(:[\w.@-]+)?$/, 'use "keychain" (or "keychain:<account>")')
  .describe('"keychain": read the secret from the OS keychain (`connector credentials set`).');

const notifyEvent = z.enum(["failure", "safety-stop", "needs-approval", "success"]);

/** One webhook of `notify:`. */
const notifyTarget = z.strictObject({
  url: z.string().min(1).describe("Webhook URL (https; http only on loopback). Treated as a secret."),
  format: z.enum(["slack", "teams", "json"]).describe("slack / teams incoming webhook, or signed json."),
  on: z
    .array(notifyEvent)
    .min(1)
    .default(["failure", "safety-stop", "needs-approval"])
    .describe("Events that send a message; success is opt-in."),
  secret: z.string().optional().describe("HMAC-SHA256 key signing json bodies (X-Lever-Oomnitza-Signature)."),
  secretFile: z.string().optional(),
  secretCommand: secretCommand.optional(),
  secretFrom: secretFrom.optional(),
});

/**
 * The config file's shape (before secrets are resolved). Strict objects, so a misspelt key is
 * reported instead of silently ignored.
 */
export const connectorConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    lever: z
      .strictObject({
        apiKey: z.string().optional().describe("Lever API key; use ${LEVER_API_KEY} or apiKeyFile."),
        apiKeyFile: z.string().optional().describe("File holding the Lever API key."),
        apiKeyCommand: secretCommand.optional(),
        apiKeyFrom: secretFrom.optional(),
        accessToken: z.string().optional().describe("Lever OAuth access token, instead of apiKey."),
        accessTokenFile: z.string().optional(),
        accessTokenCommand: secretCommand.optional(),
        accessTokenFrom: secretFrom.optional(),
        region: z.enum(["global", "eu", "sandbox"]).default("global"),
        baseUrl: z.string().optional().describe("Overrides region, e.g. http://127.0.0.1:4010/v1 (sandbox)."),
        rateLimit: rateLimit.optional(),
        timeoutMs: timeout,
        maxBodyBytes: bodyCap,
      })
      .default({ region: "global" }),
    oomnitza: z
      .strictObject({
        baseUrl: z.string().optional().describe("https://<subdomain>.oomnitza.com"),
        subdomain: z.string().optional().describe("Shorthand for baseUrl https://<subdomain>.oomnitza.com"),
        token: z.string().optional().describe("Oomnitza API token; use ${OOMNITZA_API_TOKEN} or tokenFile."),
        tokenFile: z.string().optional().describe("File holding the Oomnitza API token."),
        tokenCommand: secretCommand.optional(),
        tokenFrom: secretFrom.optional(),
        rateLimit: rateLimit
          .optional()
          .describe(
            "A fixed request budget; false turns the throttle off. Without it writes adapt (start 50/s, up to maxPerSecond) and reads keep 50/s.",
          ),
        maxPerSecond: z
          .number()
          .min(perSecond.min)
          .max(perSecond.max)
          .optional()
          .describe(
            `Ceiling of the adaptive write rate, writes per second (${perSecond.min} to ${perSecond.max}; default ${ADAPTIVE_DEFAULT_MAX_PER_SECOND}). Not with rateLimit.`,
          ),
        timeoutMs: timeout,
        maxBodyBytes: bodyCap,
      })
      .refine((o) => o.maxPerSecond === undefined || o.rateLimit === undefined, {
        path: ["maxPerSecond"],
        message:
          "give either rateLimit (a fixed budget) or maxPerSecond (the ceiling of the adaptive write rate), not both",
      }),
    sync: z
      .strictObject({
        records: z.enum(["users", "users-and-saas-users"]).default("users-and-saas-users"),
        preference: z.enum(["create-and-update", "create-only", "update-only"]).default("create-and-update"),
        schedule: z
          .string()
          .refine(isCron, { message: "is not a cron expression" })
          .default("0 2 * * *")
          .describe("Cron expression for `connector schedule`."),
        concurrency: z
          .number()
          .int()
          .min(1)
          .max(64)
          .default(DEFAULT_CONCURRENCY)
          .describe(`Writes in flight at once (default ${DEFAULT_CONCURRENCY}).`),
        maxUpdates: maxCount
          .default(DEFAULT_MAX_UPDATES)
          .describe(
            'Most people a run after the first may update: a count, or a percentage of the matched people ("20%"). Over it nothing is written (exit 4).',
          ),
      })
      .default({
        records: "users-and-saas-users",
        preference: "create-and-update",
        schedule: "0 2 * * *",
        concurrency: DEFAULT_CONCURRENCY,
        maxUpdates: DEFAULT_MAX_UPDATES,
      }),
    mapping: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Field mapping (the mapping package's format); smartMapping() when omitted."),
    saas: z
      .strictObject({
        app: z.string().min(1).default("Lever"),
        deactivateMissing: z.boolean().default(true),
        maxDeactivations: maxDeactivations.default("5%"),
      })
      .default({ app: "Lever", deactivateMissing: true, maxDeactivations: "5%" }),
    state: z.strictObject({ dir: z.string().min(1).default(".connector") }).default({ dir: ".connector" }),
    notify: z.array(notifyTarget).default([]).describe("Webhooks told when a run needs a person."),
    report: z
      .strictObject({
        staleAfterDays: z
          .number()
          .int()
          .positive()
          .default(90)
          .describe(
            "`connector report`: an active seat not visited for more than this many days is a seat to reclaim.",
          ),
      })
      .default({ staleAfterDays: 90 }),
    workflows: workflowsConfigSchema
      .default({})
      .describe("Workflows by name (see the README, section Workflows)."),
  })
  .describe("lever-oomnitza connector config");

/** The config file as written (input side of `connectorConfigSchema`). */
export type ConnectorConfigInput = z.input<typeof connectorConfigSchema>;

/** The config file after validation and defaults (output side of `connectorConfigSchema`). */
type ParsedConfig = z.output<typeof connectorConfigSchema>;

/** Which records a sync writes: People only, or People plus SaaS users of the Lever app. */
export type SyncRecords = ParsedConfig["sync"]["records"];

/** Which writes a sync may make on People records (Oomnitza's "Create & Update / Create only / Update only"). */
export type SyncPreference = ParsedConfig["sync"]["preference"];

/** A safety cap: an absolute count, or a percentage such as `"5%"` of what it is measured against. */
export type MaxCount = ParsedConfig["sync"]["maxUpdates"];

/** A deactivation cap: an absolute count, or a percentage of the app's SaaS users such as `"5%"`. */
export type MaxDeactivations = ParsedConfig["saas"]["maxDeactivations"];

/** The transport settings both API sections share (`rateLimit`, `timeoutMs`, `maxBodyBytes`). */
type TransportSettings = "rateLimit" | "timeoutMs" | "maxBodyBytes";

/**
 * The validated, resolved config `loadConfig` returns: the schema's output with secrets read (never
 * logged, never in a plan or report; one of `lever.apiKey` and `lever.accessToken` is set), the Oomnitza
 * URL resolved from `baseUrl` or `subdomain`, `state.dir` absolute and `notify` secrets resolved.
 * `mapping` undefined means `smartMapping()`; `source` is the file the config was read from, if any.
 */
export interface ConnectorConfig
  extends Pick<ParsedConfig, "sync" | "mapping" | "saas" | "state" | "report" | "workflows"> {
  lever: Pick<ParsedConfig["lever"], "region" | "baseUrl" | TransportSettings> & {
    apiKey?: string | undefined;
    accessToken?: string | undefined;
  };
  oomnitza: Pick<ParsedConfig["oomnitza"], TransportSettings | "maxPerSecond"> & {
    baseUrl: string;
    token: string;
  };
  notify: NotifyTarget[];
  source?: string | undefined;
}
