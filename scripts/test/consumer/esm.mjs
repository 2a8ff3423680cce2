// An ESM consumer of the installed packages: both clients against the installed sandbox.
// Prints one JSON line; consumer.test.ts checks it against the sandbox's own counts.
import { createRequire } from "node:module";
import { ApiError, createLeverClient, PaginationError } from "@lever-oomnitza/lever-client";
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
  // The CommonJS build of the same packages, loaded into this ESM process beside the ESM build.
  const cjs = createRequire(import.meta.url)("@lever-oomnitza/lever-client");
  const badKey = { baseUrl: sandbox.lever.baseUrl, apiKey: "wrong-key", retry: false };
  const esmError = await createLeverClient(badKey)
    .users.get("x")
    .catch((e) => e);
  const cjsError = await cjs
    .createLeverClient(badKey)
    .users.get("x")
    .catch((e) => e);
  console.log(
    JSON.stringify({
      apiError: {
        sameKind: esmError.kind === cjsError.kind ? esmError.kind : "differs",
        esmErrorIsCjsApiError: esmError instanceof cjs.ApiError && cjs.ApiError !== ApiError,
        cjsErrorIsEsmApiError: cjsError instanceof ApiError,
        paginationError: new cjs.PaginationError("x") instanceof PaginationError,
      },
      lever: { listed: leverEmails.length, inSandbox: sandbox.lever.state.count(), first: leverEmails[0] },
      oomnitza: { listed: people, inSandbox: sandbox.oomnitza.state.users().length },
    }),
  );
} finally {
  await sandbox.close();
}
