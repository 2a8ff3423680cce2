import { paginateCursor } from "@lever-oomnitza/http";
import { expectList, expectUserEnvelope, toListedLeverUser } from "./expect-shape.js";
import type { LeverRawClient } from "./lever-raw-client.js";
import type { LeverUser, LeverUserChanges, LeverUserCreate, LeverUserQuery } from "./lever-types.js";

/** Lever user operations. There is no delete: Lever has no delete-user endpoint; use `deactivate`. */
export interface LeverUsersApi {
  /** Every user matching `query`, across all pages (active only unless `includeDeactivated: true`). */
  list(query?: LeverUserQuery): AsyncIterable<LeverUser>;
  /** The same, one array per Lever page. */
  listPages(query?: LeverUserQuery): AsyncIterable<LeverUser[]>;
  /** One user by id (active or deactivated); a missing id throws `ApiError{kind:'not-found'}`. */
  get(id: string): Promise<LeverUser>;
  /** The user with this email, including deactivated users; undefined when none. */
  findByEmail(email: string): Promise<LeverUser | undefined>;
  /** Create a user (no invitation is sent). Never retried after the server may have acted. */
  create(input: LeverUserCreate): Promise<LeverUser>;
  /** Change some fields: reads the user, merges `changes`, PUTs the whole record (PUT resets omitted fields). */
  update(id: string, changes: LeverUserChanges): Promise<LeverUser>;
  /** Deactivate (Lever's only offboarding; there is no delete). Idempotent and retried. */
  deactivate(id: string): Promise<LeverUser>;
  /** Reactivate a deactivated user. Idempotent and retried. */
  reactivate(id: string): Promise<LeverUser>;
}

// Fields Lever sets itself; sending them back in a PUT is pointless (docs/vendor-facts.md#lever-update-is-a-full-replace).
const READ_ONLY = new Set(["id", "username", "createdAt", "deactivatedAt", "photo", "linkedContactIds"]);

function toQuery(query: LeverUserQuery, offset: string | undefined) {
  return {
    limit: query.pageSize ?? 100,
    ...(query.includeDeactivated !== undefined ? { includeDeactivated: query.includeDeactivated } : {}),
    ...(query.email !== undefined ? { email: query.email } : {}),
    ...(query.accessRole?.length ? { accessRole: query.accessRole } : {}),
    ...(query.externalDirectoryId !== undefined ? { external_directory_id: query.externalDirectoryId } : {}),
    // The token is opaque: passed unchanged (the query serializer percent-encodes it once, so Lever decodes
    // exactly the string it sent; docs/vendor-facts.md#lever-lists-and-pagination).
    ...(offset !== undefined ? { offset } : {}),
  };
}

function mergeForPut(current: LeverUser, changes: LeverUserChanges) {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) if (!READ_ONLY.has(key)) body[key] = value;
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) body[key] = value;
  return body as { name: string; email: string; accessRole: string };
}

/** Build the users API over a configured raw client. */
export function createUsersApi(raw: LeverRawClient): LeverUsersApi {
  const pageSizeOk = (n: number | undefined) =>
    n === undefined || (Number.isInteger(n) && n >= 1 && n <= 100);

  const listPages = (query: LeverUserQuery = {}): AsyncIterable<LeverUser[]> => {
    if (!pageSizeOk(query.pageSize))
      throw new RangeError(`pageSize must be an integer 1..100, got ${query.pageSize}`);
    return (async function* () {
      const pages = paginateCursor<LeverUser>({
        fetchPage: async (token) => {
          const { data, response } = await raw.GET("/users", { params: { query: toQuery(query, token) } });
          const { items, next } = expectList(data, response, "GET");
          return { items: items.map((u) => toListedLeverUser(u, response, "GET")), next };
        },
      });
      yield* pages;
    })();
  };

  const get = async (id: string) => {
    const { data, response } = await raw.GET("/users/{user}", { params: { path: { user: id } } });
    return expectUserEnvelope(data, response, "GET");
  };

  const post = async (path: "/users/{user}/deactivate" | "/users/{user}/reactivate", id: string) => {
    const { data, response } = await raw.POST(path, { params: { path: { user: id } } });
    return expectUserEnvelope(data, response, "POST");
  };

  return {
    listPages,
    async *list(query) {
      for await (const page of listPages(query)) yield* page;
    },
    get,
    async findByEmail(email) {
      const matches: LeverUser[] = [];
      for await (const page of listPages({ email, includeDeactivated: true })) matches.push(...page);
      return matches.find((u) => u.deactivatedAt === null) ?? matches[0];
    },
    async create(input) {
      const { data, response } = await raw.POST("/users", { body: input });
      return expectUserEnvelope(data, response, "POST");
    },
    async update(id, changes) {
      const current = await get(id);
      const { data, response } = await raw.PUT("/users/{user}", {
        params: { path: { user: id } },
        body: mergeForPut(current, changes),
      });
      return expectUserEnvelope(data, response, "PUT");
    },
    deactivate: (id) => post("/users/{user}/deactivate", id),
    reactivate: (id) => post("/users/{user}/reactivate", id),
  };
}
