// A TypeScript ESM consumer (NodeNext, strict): resolves each package's `import` types (dist/index.d.ts).
import { createConnector, loadConfig, type Plan } from "@lever-oomnitza/connector";
import { createLeverClient, type LeverListedUser, vendorFields } from "@lever-oomnitza/lever-client";
import { createOomnitzaClient, type OomnitzaUser } from "@lever-oomnitza/oomnitza-client";
import { startSandbox } from "@lever-oomnitza/sandbox";

function describeUser(user: LeverListedUser): string {
  // @ts-expect-error: a misspelt field is a compile error (the user type lists its fields, no index signature).
  void user.emial;
  // Fields the types do not list are read through the one escape hatch, as `unknown`.
  const extra: unknown = vendorFields(user).fieldLeverAddedLater;
  return `${user.email ?? "no email"} (${user.accessRole})${extra === undefined ? "" : " +"}`;
}

function leverIdOf(person: OomnitzaUser): string | undefined {
  // @ts-expect-error: custom fields are not part of the record type either.
  void person.lever_id;
  const id = vendorFields(person).lever_id;
  return typeof id === "string" ? id : undefined;
}

export async function run(): Promise<{ users: string[]; plan: Plan["summary"]; linked: number }> {
  const sandbox = await startSandbox({ leverUsers: 5 });
  try {
    const lever = createLeverClient({
      baseUrl: sandbox.lever.baseUrl,
      apiKey: sandbox.lever.credentials.apiKey,
    });
    const oomnitza = createOomnitzaClient({
      baseUrl: sandbox.oomnitza.baseUrl,
      token: sandbox.oomnitza.credentials.token,
    });
    const users: string[] = [];
    for await (const user of lever.users.list()) users.push(describeUser(user));
    let linked = 0;
    for await (const person of oomnitza.users.list()) if (leverIdOf(person)) linked++;
    const config = await loadConfig({
      lever: { baseUrl: sandbox.lever.baseUrl, apiKey: sandbox.lever.credentials.apiKey },
      oomnitza: { baseUrl: sandbox.oomnitza.baseUrl, token: sandbox.oomnitza.credentials.token },
      mapping: { role: 25 },
    });
    const plan = await createConnector(config).plan();
    return { users, plan: plan.summary, linked };
  } finally {
    await sandbox.close();
  }
}
