import type { ApiError, TransportStats } from "@lever-oomnitza/http";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CallOptions,
  type components,
  createLeverClient,
  type Hooks,
  type LeverAccessRole,
  type LeverClientOptions,
  type LeverConfigError,
  type LeverListedUser,
  type LeverRawClient,
  type LeverTag,
  type LeverUser,
  type LeverUserQuery,
  type Paged,
  type RetryHookInfo,
  vendorFields,
} from "../src/index.js";

describe("public types", () => {
  it("createLeverClient returns raw, users, tags and stats", () => {
    expectTypeOf(createLeverClient).parameter(0).toEqualTypeOf<LeverClientOptions>();
    type Client = ReturnType<typeof createLeverClient>;
    expectTypeOf<Client["raw"]>().toEqualTypeOf<LeverRawClient>();
    expectTypeOf<Client["stats"]>().toEqualTypeOf<TransportStats>();
    expectTypeOf<Client["users"]["list"]>().returns.toEqualTypeOf<Paged<LeverListedUser>>();
    expectTypeOf<Client["users"]["list"]>().parameter(0).toEqualTypeOf<LeverUserQuery | undefined>();
    expectTypeOf<Client["users"]["get"]>().returns.resolves.toEqualTypeOf<LeverUser>();
    expectTypeOf<Client["users"]["findByEmail"]>().returns.resolves.toEqualTypeOf<LeverUser | undefined>();
    expectTypeOf<Client["users"]["deactivate"]>().returns.resolves.toEqualTypeOf<LeverUser>();
    expectTypeOf<Client["tags"]["list"]>().returns.toEqualTypeOf<Paged<LeverTag>>();
    // No second way to page: `.pages()` of the listing.
    expectTypeOf<Client["users"]>().not.toHaveProperty("listPages");
    // Lever has no delete-user endpoint, so neither does the client.
    expectTypeOf<Client["users"]>().not.toHaveProperty("delete");
  });

  it("the paged type: for await over users, toArray, first, pages", () => {
    type Listing = ReturnType<ReturnType<typeof createLeverClient>["users"]["list"]>;
    expectTypeOf<Listing>().toExtend<AsyncIterable<LeverListedUser>>();
    expectTypeOf<Listing["toArray"]>().returns.resolves.toEqualTypeOf<LeverListedUser[]>();
    expectTypeOf<Listing["first"]>().returns.resolves.toEqualTypeOf<LeverListedUser | undefined>();
    expectTypeOf<Listing["pages"]>().returns.toEqualTypeOf<AsyncIterable<LeverListedUser[]>>();
  });

  it("a listed user may lack an email; a read one has it", () => {
    expectTypeOf<LeverListedUser["email"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LeverUser["email"]>().toEqualTypeOf<string>();
    expectTypeOf<LeverListedUser["id"]>().toEqualTypeOf<string>();
  });

  it("every helper takes a last optional { signal, timeoutMs, headers }", () => {
    type Users = ReturnType<typeof createLeverClient>["users"];
    expectTypeOf<Users["list"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<Users["get"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<Users["findByEmail"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<Users["create"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<Users["update"]>().parameter(2).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<Users["deactivate"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<Users["reactivate"]>().parameter(1).toEqualTypeOf<CallOptions | undefined>();
    type Tags = ReturnType<typeof createLeverClient>["tags"];
    expectTypeOf<Tags["list"]>().parameter(0).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf<CallOptions["signal"]>().toEqualTypeOf<AbortSignal | undefined>();
  });

  it("options: hooks with typed payloads; every option accepts undefined (exactOptionalPropertyTypes)", () => {
    expectTypeOf<LeverClientOptions["hooks"]>().toEqualTypeOf<Hooks | undefined>();
    expectTypeOf<NonNullable<Hooks["onRetry"]>>().parameter(0).toEqualTypeOf<RetryHookInfo>();
    expectTypeOf<RetryHookInfo["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RetryHookInfo["delayMs"]>().toEqualTypeOf<number>();
    const env: string | undefined = process.env.LEVER_API_KEY;
    const options: LeverClientOptions = { apiKey: env, baseUrl: undefined, pageSize: undefined };
    void options;
    expectTypeOf<LeverClientOptions["allowInsecureHttp"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<LeverConfigError>().toHaveProperty("option").toEqualTypeOf<string>();
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
