import type { ApiError, TransportStats } from "@lever-oomnitza/http";
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createLeverClient,
  type LeverAccessRole,
  type LeverClientOptions,
  type LeverRawClient,
  type LeverTag,
  type LeverUser,
  type LeverUserQuery,
  vendorFields,
} from "../src/index.js";

describe("public types", () => {
  it("createLeverClient returns raw, users, tags and stats", () => {
    expectTypeOf(createLeverClient).parameter(0).toEqualTypeOf<LeverClientOptions>();
    type Client = ReturnType<typeof createLeverClient>;
    expectTypeOf<Client["raw"]>().toEqualTypeOf<LeverRawClient>();
    expectTypeOf<Client["stats"]>().toEqualTypeOf<TransportStats>();
    expectTypeOf<Client["users"]["list"]>().returns.toEqualTypeOf<AsyncIterable<LeverUser>>();
    expectTypeOf<Client["users"]["listPages"]>().returns.toEqualTypeOf<AsyncIterable<LeverUser[]>>();
    expectTypeOf<Client["users"]["list"]>().parameter(0).toEqualTypeOf<LeverUserQuery | undefined>();
    expectTypeOf<Client["users"]["get"]>().returns.resolves.toEqualTypeOf<LeverUser>();
    expectTypeOf<Client["users"]["findByEmail"]>().returns.resolves.toEqualTypeOf<LeverUser | undefined>();
    expectTypeOf<Client["users"]["deactivate"]>().returns.resolves.toEqualTypeOf<LeverUser>();
    expectTypeOf<Client["tags"]["list"]>().returns.resolves.toEqualTypeOf<LeverTag[]>();
    // Lever has no delete-user endpoint, so neither does the client.
    expectTypeOf<Client["users"]>().not.toHaveProperty("delete");
  });

  it("LeverUser matches the contract and the generated schema", () => {
    expectTypeOf<LeverUser["createdAt"]>().toEqualTypeOf<number>();
    expectTypeOf<LeverUser["deactivatedAt"]>().toEqualTypeOf<number | null>();
    expectTypeOf<LeverUser["linkedContactIds"]>().toEqualTypeOf<string[] | null | undefined>();
    expectTypeOf<LeverUser>().toExtend<components["schemas"]["LeverUser"]>();
    // No index signature: a misspelt field does not compile; unknown fields go through vendorFields.
    expectTypeOf<string>().not.toExtend<keyof LeverUser>();
    const user = {} as LeverUser;
    // @ts-expect-error: there is no `emial` field.
    void user.emial;
    expectTypeOf(vendorFields(user).newLeverField).toEqualTypeOf<unknown>();
    expectTypeOf<keyof LeverTag>().toEqualTypeOf<"text" | "count">();
    expectTypeOf<"interviewer">().toExtend<LeverAccessRole>();
    expectTypeOf<"custom-role-id">().toExtend<LeverAccessRole>();
  });

  it("the raw client is typed by the spec", () => {
    const raw = {} as LeverRawClient;
    expectTypeOf(raw.GET).toBeFunction();
    // @ts-expect-error: there is no DELETE /users/{user} in Lever's API.
    void (() => raw.DELETE("/users/{user}", { params: { path: { user: "u" } } }));
    // @ts-expect-error: accessRole is repeatable, so it takes an array.
    void (() => raw.GET("/users", { params: { query: { accessRole: "admin" } } }));
  });

  it("options reject unknown regions and require a boolean-typed filter", () => {
    // @ts-expect-error: only global, eu and sandbox exist.
    const bad: LeverClientOptions = { apiKey: "k", region: "us" };
    void bad;
    expectTypeOf<ApiError["kind"]>().toExtend<string>();
  });
});
