// A TypeScript CommonJS consumer (NodeNext, strict): resolves each package's `require` types (dist/index.d.cts).
import { createLeverClient, type LeverUser, vendorFields } from "@lever-oomnitza/lever-client";
import { createOomnitzaClient, type SaasUser } from "@lever-oomnitza/oomnitza-client";

export function emailOf(user: LeverUser): string {
  // @ts-expect-error: a misspelt field is a compile error.
  void user.emial;
  return user.email;
}

export function seatOwner(seat: SaasUser): string {
  // @ts-expect-error: a misspelt field is a compile error.
  void seat.user_externl_id;
  const extra: unknown = vendorFields(seat).contract_owner;
  return `${seat.user_id}${extra === undefined ? "" : "+"}`;
}

export const clients = (apiKey: string, token: string) => ({
  lever: createLeverClient({ apiKey }),
  oomnitza: createOomnitzaClient({ subdomain: "acme", token }),
});
