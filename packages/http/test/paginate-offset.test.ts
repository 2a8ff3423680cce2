import { describe, expect, it } from "vitest";
import { PaginationError } from "../src/paginate-cursor.js";
import { paginateOffset } from "../src/paginate-offset.js";

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

function source(count: number, withTotal: boolean) {
  const calls: [number, number][] = [];
  const data = Array.from({ length: count }, (_, i) => i);
  const fetchPage = async (skip: number, limit: number) => {
    calls.push([skip, limit]);
    return { items: data.slice(skip, skip + limit), ...(withTotal ? { total: count } : {}) };
  };
  return { calls, fetchPage };
}

describe("paginateOffset", () => {
  it("without total, a short page is followed by one more request; the empty page ends it", async () => {
    const s = source(5, false);
    expect(await collect(paginateOffset({ fetchPage: s.fetchPage, pageSize: 2 }))).toEqual([
      [0, 1],
      [2, 3],
      [4],
    ]);
    expect(s.calls).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
      [5, 2],
    ]);
  });

  it("without total, a server capping limit below the page size still yields every record", async () => {
    const data = Array.from({ length: 7 }, (_, i) => i);
    const fetchPage = async (skip: number) => ({ items: data.slice(skip, skip + 3) }); // asked 5, gets 3
    expect((await collect(paginateOffset({ fetchPage, pageSize: 5 }))).flat()).toEqual(data);
  });

  it.each([
    ["ignores skip and limit (the whole list every time)", (_skip: number) => [1, 2, 3]],
    ["ignores skip only", (_skip: number) => [1, 2]],
  ])(
    "a page with the previous page's ids throws instead of yielding duplicates: server %s",
    async (_n, rows) => {
      const pages = paginateOffset({
        fetchPage: async (skip) => ({ items: rows(skip).map((id) => ({ id })) }),
        pageSize: 2,
        idOf: (r) => r.id,
        label: "GET /things",
      });
      const seen: number[] = [];
      await expect(
        (async () => {
          for await (const page of pages) seen.push(...page.map((r) => r.id));
        })(),
      ).rejects.toThrow(/GET \/things: the page at skip=\d+ holds exactly the records of the page before it/);
      expect(new Set(seen).size).toBe(seen.length);
    },
  );

  it("stops at total without fetching an empty page", async () => {
    const s = source(4, true);
    expect(await collect(paginateOffset({ fetchPage: s.fetchPage, pageSize: 2 }))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(s.calls).toHaveLength(2);
  });

  it("without total, an exact multiple ends on an empty page that is not yielded", async () => {
    const s = source(4, false);
    expect(await collect(paginateOffset({ fetchPage: s.fetchPage, pageSize: 2 }))).toHaveLength(2);
    expect(s.calls).toHaveLength(3);
  });

  it("with a total, keeps paging when the server caps the page below the size asked for", async () => {
    const data = Array.from({ length: 7 }, (_, i) => i);
    const calls: number[] = [];
    const fetchPage = async (skip: number) => {
      calls.push(skip);
      return { items: data.slice(skip, skip + 3), total: data.length }; // asked for 5, server gives 3
    };
    const pages = await collect(paginateOffset({ fetchPage, pageSize: 5 }));
    expect(pages.flat()).toEqual(data);
    expect(calls).toEqual([0, 3, 6]);
  });

  it("stops on an empty page even when the total promises more (records deleted meanwhile)", async () => {
    const fetchPage = async (skip: number) => ({ items: skip === 0 ? [1, 2] : [], total: 10 });
    expect(await collect(paginateOffset({ fetchPage, pageSize: 2 }))).toEqual([[1, 2]]);
  });

  it("throws past the page cap", async () => {
    const pages = paginateOffset({ fetchPage: async () => ({ items: [1, 2] }), pageSize: 2, maxPages: 2 });
    await expect(collect(pages)).rejects.toThrow(PaginationError);
  });

  it("a server that ignores skip (the same page again) is a loop, not 10,000 pages", async () => {
    let calls = 0;
    const fetchPage = async () => {
      calls++;
      return { items: [{ id: "a" }, { id: "b" }] };
    };
    await expect(collect(paginateOffset({ fetchPage, pageSize: 2 }))).rejects.toThrow(
      /the page at skip=2 holds exactly the records of the page before it/,
    );
    expect(calls).toBe(2);
  });

  it("an endless listing stops past maxItems, whatever the page count", async () => {
    const fetchPage = async (skip: number, limit: number) => ({
      items: Array.from({ length: limit }, (_, i) => skip + i),
    });
    const error = await collect(paginateOffset({ fetchPage, pageSize: 100, maxItems: 1000 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      kind: "invalid-response",
      message: expect.stringMatching(/more than 1000 items/),
    });
  });
});
