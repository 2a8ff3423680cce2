import { describe, expectTypeOf, it } from "vitest";
import {
  type CallOptions,
  type components,
  createOomnitzaClient,
  f,
  type Hooks,
  type OomnitzaClient,
  type OomnitzaClientOptions,
  type OomnitzaConfigError,
  type OomnitzaUser,
  type Paged,
  type ResponseHookInfo,
  type RoleAssignResult,
  type SaasApp,
  type SaasAssignedUser,
  type SaasExternalIdResult,
  type SaasRole,
  type SaasUser,
  type SaasUserStatusResult,
  type TransportStats,
  vendorFields,
} from "../src/index.js";

type Schemas = components["schemas"];

describe("public types", () => {
  it("createOomnitzaClient returns the documented surface", () => {
    expectTypeOf(createOomnitzaClient).returns.toEqualTypeOf<OomnitzaClient>();
    expectTypeOf<OomnitzaClient["stats"]>().toEqualTypeOf<TransportStats>();
    expectTypeOf<OomnitzaClient["users"]["list"]>().returns.toEqualTypeOf<Paged<OomnitzaUser>>();
    expectTypeOf<OomnitzaClient["users"]>().not.toHaveProperty("listPages");
    expectTypeOf<OomnitzaClient["users"]["findBy"]>().returns.toEqualTypeOf<
      Promise<OomnitzaUser | undefined>
    >();
    expectTypeOf<OomnitzaClient["users"]["findAllBy"]>().returns.toEqualTypeOf<Paged<OomnitzaUser>>();
    expectTypeOf<OomnitzaClient["saas"]["list"]>().returns.toEqualTypeOf<Paged<SaasApp>>();
    expectTypeOf<OomnitzaClient["saas"]["users"]>().returns.toEqualTypeOf<Paged<SaasAssignedUser>>();
    expectTypeOf<OomnitzaClient["saasUsers"]["list"]>().returns.toEqualTypeOf<Paged<SaasUser>>();
    expectTypeOf<OomnitzaClient["saasUsers"]["get"]>().returns.toEqualTypeOf<Promise<SaasUser>>();
    expectTypeOf<OomnitzaClient["saas"]["findByName"]>().returns.toEqualTypeOf<
      Promise<SaasApp | undefined>
    >();
    expectTypeOf<OomnitzaClient["saas"]["setUserExternalId"]>().returns.toEqualTypeOf<
      Promise<SaasExternalIdResult>
    >();
    expectTypeOf<OomnitzaClient["saas"]["setUserRoles"]>().returns.toEqualTypeOf<
      Promise<RoleAssignResult[]>
    >();
    expectTypeOf<OomnitzaClient["saasUsers"]["deactivate"]>().returns.toEqualTypeOf<
      Promise<SaasUserStatusResult[]>
    >();
    expectTypeOf<OomnitzaClient["saasUsers"]["activate"]>().parameter(0).toEqualTypeOf<string[]>();
  });

  it("the paged type: for await, toArray, first, pages", () => {
    type Listing = ReturnType<OomnitzaClient["saasUsers"]["list"]>;
    expectTypeOf<Listing>().toExtend<AsyncIterable<SaasUser>>();
    expectTypeOf<Listing["toArray"]>().returns.resolves.toEqualTypeOf<SaasUser[]>();
    expectTypeOf<Listing["first"]>().returns.resolves.toEqualTypeOf<SaasUser | undefined>();
    expectTypeOf<Listing["pages"]>().returns.toEqualTypeOf<AsyncIterable<SaasUser[]>>();
  });

  it("every helper takes a last optional { signal, timeoutMs, headers } (writes add the write headers)", () => {
    type C = OomnitzaClient;
    expectTypeOf<C["users"]["list"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<C["users"]["get"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<C["users"]["findBy"]>().parameter(2).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<C["users"]["meta"]>().parameter(0).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<C["saas"]["users"]>().parameter(2).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<C["saas"]["assignUsers"]>().parameter(3).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<C["saasUsers"]["get"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<NonNullable<Parameters<C["users"]["update"]>[2]>>().toExtend<CallOptions>();
    expectTypeOf<NonNullable<Parameters<C["saasUsers"]["deactivate"]>[1]>>().toExtend<CallOptions>();
  });

  it("options: hooks with typed payloads; every option accepts undefined (exactOptionalPropertyTypes)", () => {
    expectTypeOf<OomnitzaClientOptions["hooks"]>().toEqualTypeOf<Hooks | undefined>();
    expectTypeOf<NonNullable<Hooks["onResponse"]>>().parameter(0).toEqualTypeOf<ResponseHookInfo>();
    const env: string | undefined = process.env.OOMNITZA_API_TOKEN;
    const options: OomnitzaClientOptions = { token: env, subdomain: "acme", pageSize: undefined };
    void options;
    expectTypeOf<OomnitzaConfigError>().toHaveProperty("option").toEqualTypeOf<string>();
  });

  it("one type per id, roles always a list", () => {
    expectTypeOf<SaasApp["saas_id"]>().toEqualTypeOf<number>();
    expectTypeOf<SaasUser["saas_id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SaasUser["roles"]>().toEqualTypeOf<SaasRole[]>();
    expectTypeOf<OomnitzaClient["saas"]["get"]>().parameter(0).toEqualTypeOf<number>();
  });

  it("records list the spec's fields only; custom fields are read through vendorFields", () => {
    expectTypeOf<OomnitzaUser["user_id"]>().toEqualTypeOf<string>();
    // No index signature: keyof is the listed fields, not `string`.
    expectTypeOf<string>().not.toExtend<keyof OomnitzaUser>();
    const person = {} as OomnitzaUser;
    // @ts-expect-error: a misspelt (or custom) field is not part of the record type.
    void person.emial;
    expectTypeOf(vendorFields(person).lever_id).toEqualTypeOf<unknown>();
    expectTypeOf<SaasApp>().not.toHaveProperty("saas_nmae");
    expectTypeOf<SaasUser>().not.toHaveProperty("user_externl_id");
    expectTypeOf<SaasUser["status"]>().toEqualTypeOf<"active" | "deactivated" | undefined>();
    expectTypeOf<SaasUser["saas_user_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SaasUser["last_visit"]>().toEqualTypeOf<number | null | undefined>();
    // The hand-written types accept what the spec says the server sends.
    // (`roles` once the client made it a list: absent or one object becomes a list.)
    expectTypeOf<Schemas["SaasUser"] & { roles: SaasRole[] }>().toExtend<SaasUser>();
    expectTypeOf<Schemas["Saas"]>().toExtend<SaasApp>();
    expectTypeOf<Schemas["SaasUserRole"]>().toExtend<NonNullable<SaasUser["roles"]>[number]>();
  });

  it("filter builders return strings and refuse non-literal values", () => {
    expectTypeOf(f.eq("email", "a@x.io")).toEqualTypeOf<string>();
    expectTypeOf(f.and).parameters.toEqualTypeOf<string[]>();
    // Compile-time only: never called.
    const _never = () => {
      // @ts-expect-error objects are not filter values
      f.eq("email", { a: 1 });
      // @ts-expect-error null needs f.isNull
      f.ne("email", null);
    };
    expectTypeOf(_never).toBeFunction();
  });

  it("options are checked", () => {
    const _never = () =>
      // @ts-expect-error timeoutMs is a number
      createOomnitzaClient({ subdomain: "acme", token: "t", timeoutMs: "10" });
    expectTypeOf(_never).toBeFunction();
    expectTypeOf(createOomnitzaClient).parameter(0).toHaveProperty("allowInsecureHttp");
  });
});
