// The SDK shape against the sandbox: every listing as one paged type, lookups, hooks on every attempt,
// per-call options and cancellation.
import { type Sandbox, startSandbox } from "@lever-oomnitza/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiError,
  createOomnitzaClient,
  f,
  type OomnitzaClientOptions,
  OomnitzaConfigError,
  type Paged,
  type RetryHookInfo,
} from "../src/index.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    leverUsers: 120,
    seed: 4,
    data: { oomnitza: { leverApp: { deactivatedSeatShare: 0.1, orphanSeatShare: 0.05 } } },
  });
});
afterAll(() => sandbox?.close());

const client = (extra: Partial<OomnitzaClientOptions> = {}) =>
  createOomnitzaClient({
    baseUrl: sandbox.oomnitza.baseUrl,
    token: sandbox.oomnitza.credentials.token,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  });

/** toArray, for await, pages and first of one listing, read through every door. */
async function readAllWays<T>(listing: Paged<T>) {
  const all = await listing.toArray();
  const iterated: T[] = [];
  for await (const item of listing) iterated.push(item);
  const pages: T[][] = [];
  for await (const page of listing.pages()) pages.push(page);
  return { all, iterated, pages, first: await listing.first() };
}

describe("listings are one paged type", () => {
  it("users.list and users.findAllBy", async () => {
    const oomnitza = client({ pageSize: 25 });
    const { all, iterated, pages, first } = await readAllWays(oomnitza.users.list());
    const people = sandbox.oomnitza.state.users();
    expect(all).toHaveLength(people.length);
    expect(iterated).toEqual(all);
    expect(pages.flat()).toEqual(all);
    expect(pages.slice(0, -1).every((p) => p.length === 25)).toBe(true);
    expect(first).toEqual(all[0]);
    const before = oomnitza.stats.requests;
    await oomnitza.users.list().first();
    expect(oomnitza.stats.requests - before).toBe(1);
    const email = String(people[2]?.email);
    expect((await oomnitza.users.findAllBy("email", email).toArray()).map((u) => u.email)).toEqual([email]);
    expect((await oomnitza.users.findBy("email", email))?.email).toBe(email);
    expect(await oomnitza.users.findBy("email", "nobody@nowhere.example")).toBeUndefined();
  });

  it("saas.list, saas.users, saas.roles and saasUsers.list", async () => {
    const oomnitza = client({ pageSize: 7 });
    const apps = await readAllWays(oomnitza.saas.list());
    expect(apps.all.map((a) => a.saas_name)).toEqual(
      sandbox.oomnitza.state.saasApps().map((a) => a.saas_name),
    );
    expect(apps.iterated).toEqual(apps.all);
    expect(apps.first).toEqual(apps.all[0]);
    const lever = await oomnitza.saas.findByName("Lever");
    expect(typeof lever?.saas_id).toBe("number");
    const seats = await readAllWays(oomnitza.saas.users(lever?.saas_id as number));
    expect(seats.all).toHaveLength(sandbox.oomnitza.state.saasUsers(3).length);
    expect(seats.pages.flat()).toEqual(seats.all);
    expect(seats.pages[0]).toHaveLength(7);
    expect(seats.all.every((s) => Array.isArray(s.roles))).toBe(true);
    const roles = await readAllWays(oomnitza.saas.roles(lever?.saas_id as number));
    expect(roles.all.length).toBe(sandbox.oomnitza.state.saasRoles(3).length);
    expect(roles.pages).toHaveLength(1);
    const listed = await readAllWays(oomnitza.saasUsers.list({ filter: f.eq("saas_id", 3) }));
    expect(listed.all.map((s) => s.saas_user_id).sort()).toEqual(seats.all.map((s) => s.saas_user_id).sort());
    expect(listed.first).toEqual(listed.all[0]);
  });

  it("the seeded seat shares are visible through the client", async () => {
    const oomnitza = client();
    const seats = await oomnitza.saas.users(3).toArray();
    const ids = new Set(seats.map((s) => s.saas_user_id));
    const { deactivatedSeats, orphanSeats } = sandbox.dataset.oomnitza.expectations;
    expect(deactivatedSeats.length).toBeGreaterThan(0);
    expect(orphanSeats.length).toBeGreaterThan(0);
    for (const id of [...deactivatedSeats, ...orphanSeats]) expect(ids.has(id)).toBe(true);
  });
});

describe("saasUsers.get", () => {
  it("reads one SaaS user by saas_user_id; an unknown id is ApiError{kind:'not-found'}", async () => {
    const oomnitza = client();
    const seat = sandbox.oomnitza.state.saasUsers(3)[4];
    const got = await oomnitza.saasUsers.get(seat?.saas_user_id as string);
    expect(got.saas_user_id).toBe(seat?.saas_user_id);
    expect(got.user_id).toBe(seat?.user_id);
    expect(Array.isArray(got.roles)).toBe(true);
    const err = await oomnitza.saasUsers.get("no-such-seat").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("not-found");
    expect((err as ApiError).message).toContain("no-such-seat");
  });
});

describe("hooks and cancellation", () => {
  /** Scripted statuses first, then the sandbox. */
  function scripted(statuses: number[]) {
    const sent: string[] = [];
    const fetchImpl = (async (input: Request) => {
      sent.push(input.method);
      const status = statuses.shift();
      if (status !== undefined) return new Response("{}", { status, headers: { "retry-after": "0" } });
      return fetch(input);
    }) as typeof fetch;
    return { fetchImpl, sent };
  }

  it("onRetry once per retried attempt, with the status; never the token", async () => {
    const { fetchImpl } = scripted([503, 429]);
    const retries: RetryHookInfo[] = [];
    const requests: number[] = [];
    const oomnitza = client({
      fetch: fetchImpl,
      hooks: { onRetry: (i) => retries.push(i), onRequest: (i) => requests.push(i.attempt) },
    });
    expect(await oomnitza.users.list({ pageSize: 5 }).first()).toBeDefined();
    expect(retries.map((r) => [r.attempt, r.status])).toEqual([
      [1, 503],
      [2, 429],
    ]);
    expect(requests).toEqual([1, 2, 3]);
    expect(retries[0]).toMatchObject({ service: "oomnitza", method: "GET", delayMs: 0 });
    expect(JSON.stringify(retries)).not.toContain(sandbox.oomnitza.credentials.token);
  });

  it("an aborted write is ApiError{kind:'aborted'} and sends no further attempt", async () => {
    const { fetchImpl, sent } = scripted([503, 503]);
    const controller = new AbortController();
    const oomnitza = client({
      fetch: fetchImpl,
      retry: { attempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
      hooks: { onRetry: () => controller.abort() },
    });
    const err = await oomnitza.saasUsers
      .deactivate(["1"], { signal: controller.signal, skipWorkflows: true })
      .catch((e: unknown) => e);
    expect((err as ApiError).kind).toBe("aborted");
    expect(sent).toHaveLength(1);
  });

  it("per-call headers go with the write headers; raw with an aborted signal is ApiError", async () => {
    const headers: Headers[] = [];
    const oomnitza = client({
      fetch: (async (input: Request) => {
        headers.push(input.headers);
        return fetch(input);
      }) as typeof fetch,
    });
    const person = sandbox.oomnitza.state.users()[0];
    await oomnitza.users.update(
      String(person?.user_id),
      { position: "Recruiter" },
      { skipWorkflows: true, headers: { "x-trace-id": "t-2" }, timeoutMs: 5000 },
    );
    expect(headers[0]?.get("oomnitza-not-trigger-wf")).toBe("1");
    expect(headers[0]?.get("x-trace-id")).toBe("t-2");
    const err = await oomnitza.raw
      .GET("/api/v3/users", { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("aborted");
  });
});

describe("options", () => {
  it("token: undefined (an unset OOMNITZA_API_TOKEN) is a config error naming the field", () => {
    const unset: string | undefined = undefined;
    const err = (() => {
      try {
        createOomnitzaClient({ subdomain: "acme", token: unset });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(OomnitzaConfigError);
    expect((err as OomnitzaConfigError).option).toBe("token");
    expect((err as Error).message).toContain("OOMNITZA_API_TOKEN");
  });
});
