/** The Oomnitza request budget a config for a local sandbox gets (demo and `init --sandbox`). */
export const SANDBOX_OOMNITZA_RATE_LIMIT = { perSecond: 500, burst: 100 } as const;

/** Where `connector sandbox` listens by default, so `connector init --sandbox` can point at it. */
export const SANDBOX_PORTS = { lever: 4010, oomnitza: 4020 } as const;

/** Inputs of {@link starterConfig}. */
export interface StarterConfigInput {
  /** Point at `connector sandbox` on loopback instead of a real Lever account and tenant. */
  sandbox: boolean;
  /** Sandbox base URLs when they are known (the demo); `connector sandbox`'s default ports otherwise. */
  sandboxUrls?: { lever: string; oomnitza: string } | undefined;
  /** Oomnitza request budget to write (the demo raises it: a local sandbox is not a shared tenant). */
  oomnitzaRateLimit?: { perSecond: number; burst: number } | undefined;
  /** Path (relative to the config file) of the shipped JSON Schema, for editor completion. */
  schemaPath: string;
  /** The smart-mapping proposal as YAML (the `mapping:` block's body), or undefined to omit it. */
  mappingYaml?: string | undefined;
}

const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => (l ? by + l : l))
    .join("\n");

function endpoints(o: StarterConfigInput): string {
  const urls = o.sandboxUrls;
  const limit = o.oomnitzaRateLimit
    ? `\n  # A local sandbox is not a shared tenant: allow more than the client's default 50 requests/s.\n  rateLimit: { perSecond: ${o.oomnitzaRateLimit.perSecond}, burst: ${o.oomnitzaRateLimit.burst} }`
    : "";
  if (o.sandbox) {
    return `lever:
  # The sandbox started by \`connector sandbox\` (it prints the key and token to export).
  baseUrl: ${urls?.lever ?? `http://127.0.0.1:${SANDBOX_PORTS.lever}/v1`}
  apiKey: \${LEVER_API_KEY}

oomnitza:
  baseUrl: ${urls?.oomnitza ?? `http://127.0.0.1:${SANDBOX_PORTS.oomnitza}`}
  token: \${OOMNITZA_API_TOKEN}${limit}
`;
  }
  return `lever:
  # An API key with permission to read and write users and to read tags (Settings > Integrations > API).
  # Keep it out of this file: \${LEVER_API_KEY} is read from the environment, or use apiKeyFile: /run/secrets/lever
  apiKey: \${LEVER_API_KEY}
  region: global                  # global | eu   (or baseUrl: https://api.lever.co/v1)

oomnitza:
  baseUrl: https://acme.oomnitza.com   # your tenant (or subdomain: acme)
  # A token with read/write on People and read on SaaS: \${OOMNITZA_API_TOKEN}, or tokenFile: /run/secrets/oomnitza
  token: \${OOMNITZA_API_TOKEN}
`;
}

/** The commented starter `connector.config.yaml` that `connector init` writes. */
export function starterConfig(o: StarterConfigInput): string {
  const mapping = o.mappingYaml
    ? `# How Lever fields become Oomnitza People fields: the smart-mapping proposal, yours to edit.
# \`connector mapping validate\` checks it; \`connector mapping preview\` shows the first users mapped.
mapping:
${indent(o.mappingYaml, "  ")}
`
    : `# mapping: omitted, so the smart mapping is used. \`connector mapping suggest\` prints it to copy here.
`;
  return `# yaml-language-server: $schema=${o.schemaPath}
# lever-oomnitza connector: keeps Oomnitza People and SaaS users in sync with Lever.
# Next: \`connector check\` verifies access, \`connector plan\` shows what a sync would do, \`connector sync\` applies.

${endpoints(o)}
sync:
  records: users-and-saas-users   # users | users-and-saas-users (People only, or People plus SaaS users)
  preference: create-and-update   # create-and-update | create-only | update-only
  schedule: "0 2 * * *"           # cron for \`connector schedule\` (daily at 02:00)
  maxUpdates: "20%"               # safety: a later run updating more people (count or % of matched) writes nothing

saas:
  app: Lever                      # the SaaS app in Oomnitza (created when missing)
  deactivateMissing: true         # deactivate SaaS users whose Lever user is deactivated or gone
  maxDeactivations: "5%"          # safety: above this (count or % of the app's users) nothing is deactivated

state:
  dir: .connector                 # run reports go to .connector/runs/

${mapping}`;
}
