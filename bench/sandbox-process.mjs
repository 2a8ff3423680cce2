// Child process of `pnpm bench`: runs both sandbox servers so their CPU and memory never count against the
// connector. Driven over IPC: { id, type, ...args } → { id, ok, result | error }.
import { startSandbox } from "../packages/sandbox/dist/index.js";
import { applyChurn } from "./apply-churn.mjs";

let sandbox;

/** Stats of both servers as plain numbers (the bench reads them after every run). */
function stats() {
  const pick = (s) => ({
    requests: s.requests,
    rateLimited: s.rateLimited,
    writes: s.writes,
    byStatus: s.byStatus,
    byRoute: s.byRoute,
    maxPerSecond: s.maxPerSecond,
    faults: s.faults,
  });
  return { lever: pick(sandbox.lever.stats), oomnitza: pick(sandbox.oomnitza.stats) };
}

const handlers = {
  async start(o) {
    if (sandbox) await sandbox.close();
    sandbox = await startSandbox({ leverUsers: o.users, seed: o.seed });
    return {
      lever: { baseUrl: sandbox.lever.baseUrl, apiKey: sandbox.lever.credentials.apiKey },
      oomnitza: { baseUrl: sandbox.oomnitza.baseUrl, token: sandbox.oomnitza.credentials.token },
      leverUsers: sandbox.lever.state.count({ includeDeactivated: true }),
      oomnitzaUsers: sandbox.oomnitza.state.users().length,
    };
  },
  async configure(o) {
    sandbox.lever.configure(o.lever);
    sandbox.oomnitza.configure(o.oomnitza);
  },
  stats: async () => stats(),
  async resetStats() {
    sandbox.lever.resetStats();
    sandbox.oomnitza.resetStats();
  },
  churn: async (o) => applyChurn(sandbox.lever.state, o),
  async check() {
    return { duplicates: sandbox.oomnitza.state.duplicates() };
  },
  async close() {
    if (sandbox) await sandbox.close();
    sandbox = undefined;
    setImmediate(() => process.exit(0));
  },
};

process.on("message", async (msg) => {
  try {
    const result = await handlers[msg.type](msg);
    process.send({ id: msg.id, ok: true, result });
  } catch (error) {
    process.send({ id: msg.id, ok: false, error: String(error?.stack ?? error) });
  }
});
process.on("disconnect", () => process.exit(0));
