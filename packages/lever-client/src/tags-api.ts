import { type CallOptions, callInit, type Paged, paged, paginateCursor } from "@lever-oomnitza/http";
import { expectList, toLeverTag } from "./expect-shape.js";
import type { LeverRawClient } from "./lever-raw-client.js";
import type { LeverTag } from "./lever-types.js";

/** Lever tag operations. */
export interface LeverTagsApi {
  /** Every candidate tag, following pages when Lever sends `hasNext`. */
  list(options?: CallOptions): Paged<LeverTag>;
}

/** Build the tags API over a configured raw client. */
export function createTagsApi(raw: LeverRawClient): LeverTagsApi {
  return {
    list(options) {
      const init = callInit(options);
      return paged(() =>
        paginateCursor<LeverTag>({
          fetchPage: async (token) => {
            const query = { limit: 100, ...(token !== undefined ? { offset: token } : {}) };
            const { data, response } = await raw.GET("/tags", { params: { query }, ...init });
            const { items, next } = expectList(data, response, "GET");
            return { items: items.map((t) => toLeverTag(t, response, "GET")), next };
          },
        }),
      );
    },
  };
}
