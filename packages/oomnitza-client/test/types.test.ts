import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createOomnitzaClient,
  f,
  type OomnitzaClient,
  type OomnitzaUser,
  type RoleAssignResult,
  type SaasApp,
  type SaasAssignedUser,
  type SaasExternalIdResult,
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
    expectTypeOf<OomnitzaClient["users"]["list"]>().returns.toEqualTypeOf<AsyncIterable<OomnitzaUser>>();
    expectTypeOf<OomnitzaClient["users"]["listPages"]>().returns.toEqualTypeOf<
      AsyncIterable<OomnitzaUser[]>
    >();
    expectTypeOf<OomnitzaClient["users"]["findBy"]>().returns.toEqualTypeOf<Promise<OomnitzaUser[]>>();
    expectTypeOf<OomnitzaClient["saas"]["users"]>().returns.toEqualTypeOf<Promise<SaasAssignedUser[]>>();
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
    expectTypeOf<Schemas["SaasUser"]>().toExtend<SaasUser>();
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
