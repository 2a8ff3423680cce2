import { type CallOptions, callInit, type Paged, paged, paginateCursor } from "@lever-oomnitza/http";
import { expectList, expectUserEnvelope, toListedLeverUser } from "./expect-shape.js";
import type { LeverRawClient } from "./lever-raw-client.js";
import type {
  LeverListedUser,
  LeverUser,
  LeverUserChanges,
  LeverUserCreate,
  LeverUserQuery,
} from "./lever-types.js";

/**
 * Lever user operations; each takes a last optional {@link CallOptions} (`signal`, `timeoutMs`, `headers`).
 * There is no delete: Lever has no delete-user endpoint; use `deactivate`.
 */
export interface LeverUsersApi {
  /** Every user matching `query`, across all pages (active only unless `includeDeactivated: true`). */
  list(query?: LeverUserQuery, options?: CallOptions): Paged<LeverListedUser>;
  /** One user by id (active or deactivated); a missing id throws `ApiError{kind:'not-found'}`. */
  get(id: string, options?: CallOptions): Promise<LeverUser>;
  /**
   * The user with this email, including deactivated users (an active one first); undefined when none.
   * Lever keeps one user per email, so at most one account is active.
   */
  findByEmail(email: string, options?: CallOptions): Promise<LeverUser | undefined>;
  /** Create a user (no invitation is sent). Never retried after the server may have acted. */
  create(input: LeverUserCreate, options?: CallOptions): Promise<LeverUser>;
  /** Change some fields: reads the user, merges `changes`, PUTs the whole record (PUT resets omitted fields). */
  update(id: string, changes: LeverUserChanges, options?: CallOptions): Promise<LeverUser>;
  /** Deactivate (Lever's only offboarding; there is no delete). Idempotent and retried. */
  deactivate(id: string, options?: CallOptions): Promise<LeverUser>;
  /** Reactivate a deactivated user. Idempotent and retried. */
  reactivate(id: string, options?: CallOptions): Promise<LeverUser>;
}

// Fields Lever sets itself; sending them back in a PUT is pointless (docs/vendor-facts.md#lever-update-is-a-full-replace).
const READ_ONLY = new Set(["id", "username", "createdAt", "deactivatedAt", "photo", "linkedContactIds"]);

function toQuery(query: LeverUserQuery, pageSize: number, offset: string | undefined) {
  return {
    limit: query.pageSize ?? pageSize,
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

const pageSizeOk = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= 100);

/** Build the users API over a configured raw client; `pageSize` is the client's default page size. */
export function createUsersApi(raw: LeverRawClient, pageSize = 100): LeverUsersApi {
  const list = (query: LeverUserQuery = {}, options?: CallOptions): Paged<LeverListedUser> => {
    if (!pageSizeOk(query.pageSize))
      throw new RangeError(`pageSize must be an integer 1..100, got ${query.pageSize}`);
    const init = callInit(options);
    return paged(() =>
      paginateCursor<LeverListedUser>({
        fetchPage: async (token) => {
          const { data, response } = await raw.GET("/users", {
            params: { query: toQuery(query, pageSize, token) },
            ...init,
          });
          const { items, next } = expectList(data, response, "GET");
          return { items: items.map((u) => toListedLeverUser(u, response, "GET")), next };
        },
      }),
    );
  };

  const get = async (id: string, options?: CallOptions) => {
    const { data, response } = await raw.GET("/users/{user}", {
      params: { path: { user: id } },
      ...callInit(options),
    });
    return expectUserEnvelope(data, response, "GET");
  };

  const post = async (
    path: "/users/{user}/deactivate" | "/users/{user}/reactivate",
    id: string,
    options?: CallOptions,
  ) => {
    const { data, response } = await raw.POST(path, { params: { path: { user: id } }, ...callInit(options) });
    return expectUserEnvelope(data, response, "POST");
  };

  return {
    list,
    get,
    async findByEmail(email, options) {
      const matches = (await list({ email, includeDeactivated: true }, options).toArray()).filter(
        (u): u is LeverUser => typeof u.email === "string",
      );
      return matches.find((u) => u.deactivatedAt === null) ?? matches[0];
    },
    async create(input, options) {
      const { data, response } = await raw.POST("/users", { body: input, ...callInit(options) });
      return expectUserEnvelope(data, response, "POST");
    },
    async update(id, changes, options) {
      const current = await get(id, options);
      const { data, response } = await raw.PUT("/users/{user}", {
        params: { path: { user: id } },
        body: mergeForPut(current, changes),
        ...callInit(options),
      });
      return expectUserEnvelope(data, response, "PUT");
    },
    deactivate: (id, options) => post("/users/{user}/deactivate", id, options),
    reactivate: (id, options) => post("/users/{user}/reactivate", id, options),
  };
}
