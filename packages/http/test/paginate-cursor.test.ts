import { describe, expect, it } from "vitest";
import { PaginationError, paginateCursor } from "../src/paginate-cursor.js";

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe("paginateCursor", () => {
  it("follows tokens until next is absent, passing each token unchanged", async () => {
    const tokens: (string | undefined)[] = [];
    const pages: Record<string, { items: number[]; next?: string }> = {
      start: { items: [1, 2], next: "%5B1%2C%22a%22%5D" },
      "%5B1%2C%22a%22%5D": { items: [3], next: "t2" },
      t2: { items: [4] },
    };
    const result = await collect(
      paginateCursor({
        fetchPage: async (token) => {
          tokens.push(token);
          return pages[token ?? "start"]!;
        },
      }),
    );
    expect(result).toEqual([[1, 2], [3], [4]]);
    expect(tokens).toEqual([undefined, "%5B1%2C%22a%22%5D", "t2"]);
  });

  it("throws on a token seen twice", async () => {
    const next = ["a", "b", "a"];
    let i = 0;
    const pages = paginateCursor({ fetchPage: async () => ({ items: [i], next: next[i++] }) });
    await expect(collect(pages)).rejects.toThrow(PaginationError);
    expect(i).toBe(3);
  });

  it("throws past the page cap instead of truncating silently", async () => {
    let n = 0;
    const pages = paginateCursor({ fetchPage: async () => ({ items: [n], next: String(++n) }), maxPages: 3 });
    await expect(collect(pages)).rejects.toThrow(/more than 3 pages/);
  });

  it("throws past maxItems (an endless listing bounded in memory, not only in pages)", async () => {
    let n = 0;
    const pages = paginateCursor({
      fetchPage: async () => ({ items: Array.from({ length: 50 }, () => n), next: String(++n) }),
      maxItems: 120,
    });
    await expect(collect(pages)).rejects.toThrow(/more than 120 items/);
    expect(n).toBe(3);
  });
});
