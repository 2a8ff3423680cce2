// An ESM consumer of the installed packages: both clients against the installed sandbox.
// Prints one JSON line; consumer.test.ts checks it against the sandbox's own counts.
import { createLeverClient } from "@lever-oomnitza/lever-client";
import { createOomnitzaClient } from "@lever-oomnitza/oomnitza-client";
import { startSandbox } from "@lever-oomnitza/sandbox";

const sandbox = await startSandbox({ leverUsers: 30, seed: 5 });
try {
  const lever = createLeverClient({
    baseUrl: sandbox.lever.baseUrl,
    apiKey: sandbox.lever.credentials.apiKey,
  });
  const oomnitza = createOomnitzaClient({
    baseUrl: sandbox.oomnitza.baseUrl,
    token: sandbox.oomnitza.credentials.token,
  });
  const leverEmails = [];
  for await (const user of lever.users.list({ includeDeactivated: true })) leverEmails.push(user.email);
  let people = 0;
  for await (const person of oomnitza.users.list()) if (person.user_id) people++;
  console.log(
    JSON.stringify({
      lever: { listed: leverEmails.length, inSandbox: sandbox.lever.state.count(), first: leverEmails[0] },
      oomnitza: { listed: people, inSandbox: sandbox.oomnitza.state.users().length },
    }),
  );
} finally {
  await sandbox.close();
}
