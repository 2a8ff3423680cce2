// A CommonJS consumer of the installed packages: both clients and the connector's plan against the
// installed sandbox. Prints one JSON line; consumer.test.ts checks it against the sandbox's own counts.
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { createLeverClient } = require("@lever-oomnitza/lever-client");
const { createOomnitzaClient } = require("@lever-oomnitza/oomnitza-client");
const { createConnector, loadConfig } = require("@lever-oomnitza/connector");
const { startSandbox } = require("@lever-oomnitza/sandbox");

async function main() {
  const sandbox = await startSandbox({ leverUsers: 30, seed: 5 });
  const stateDir = mkdtempSync(join(tmpdir(), "consumer-cjs-"));
  try {
    const lever = createLeverClient({
      baseUrl: sandbox.lever.baseUrl,
      apiKey: sandbox.lever.credentials.apiKey,
    });
    const oomnitza = createOomnitzaClient({
      baseUrl: sandbox.oomnitza.baseUrl,
      token: sandbox.oomnitza.credentials.token,
    });
    let leverUsers = 0;
    for await (const user of lever.users.list({ includeDeactivated: true })) if (user.id) leverUsers++;
    let people = 0;
    for await (const person of oomnitza.users.list()) if (person.user_id) people++;

    const config = await loadConfig({
      lever: { baseUrl: sandbox.lever.baseUrl, apiKey: sandbox.lever.credentials.apiKey },
      oomnitza: { baseUrl: sandbox.oomnitza.baseUrl, token: sandbox.oomnitza.credentials.token },
      mapping: { role: 25 },
      state: { dir: stateDir },
    });
    const plan = await createConnector(config).plan();
    console.log(
      JSON.stringify({
        lever: { listed: leverUsers, inSandbox: sandbox.lever.state.count() },
        oomnitza: { listed: people, inSandbox: sandbox.oomnitza.state.users().length },
        plan: { source: plan.source, users: plan.summary.users, writes: plan.summary.writes },
        writesDuringPlan: sandbox.oomnitza.stats.writes + sandbox.lever.stats.writes,
        resolved: Object.fromEntries(
          ["lever-client", "oomnitza-client", "connector", "sandbox"].map((name) => [
            name,
            require.resolve(`@lever-oomnitza/${name}`),
          ]),
        ),
      }),
    );
  } finally {
    await sandbox.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
