import { paginateCursor } from "@lever-oomnitza/http";
import { expectList, toLeverTag } from "./expect-shape.js";
import type { LeverRawClient } from "./lever-raw-client.js";
import type { LeverTag } from "./lever-types.js";

/** Lever tag operations. */
export interface LeverTagsApi {
  /** Every candidate tag, following pages when Lever sends `hasNext`. */
  list(): Promise<LeverTag[]>;
}

/** Build the tags API over a configured raw client. */
export function createTagsApi(raw: LeverRawClient): LeverTagsApi {
  return {
    async list() {
      const tags: LeverTag[] = [];
      const pages = paginateCursor<LeverTag>({
        fetchPage: async (token) => {
          const query = { limit: 100, ...(token !== undefined ? { offset: token } : {}) };
          const { data, response } = await raw.GET("/tags", { params: { query } });
          const { items, next } = expectList(data, response, "GET");
          return { items: items.map((t) => toLeverTag(t, response, "GET")), next };
        },
      });
      for await (const page of pages) tags.push(...page);
      return tags;
    },
  };
}
