import { describe, expect, expectTypeOf, it } from "vitest";
import { type Paged, paged } from "../src/index.js";

/** A listing of `pages`, counting how many pages were read. */
function listing(pages: number[][]) {
  const reads = { pages: 0, runs: 0 };
  const list = paged(async function* () {
    reads.runs++;
    for (const page of pages) {
      reads.pages++;
      yield page;
    }
  });
  return { list, reads };
}

describe("paged", () => {
  it("iterates every item of every page, in order", async () => {
    const { list } = listing([[1, 2], [3], [4, 5]]);
    const seen: number[] = [];
    for await (const n of list) seen.push(n);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("toArray collects every item; each read runs the listing again", async () => {
    const { list, reads } = listing([[1, 2], [3]]);
    expect(await list.toArray()).toEqual([1, 2, 3]);
    expect(await list.toArray()).toEqual([1, 2, 3]);
    expect(reads.runs).toBe(2);
  });

  it("first reads only up to the page holding the first item", async () => {
    const { list, reads } = listing([[], [7, 8], [9]]);
    expect(await list.first()).toBe(7);
    expect(reads.pages).toBe(2);
    expect(await listing([[], []]).list.first()).toBeUndefined();
  });

  it("pages yields the pages as sent", async () => {
    const { list } = listing([[1, 2], [3]]);
    const pages: number[][] = [];
    for await (const page of list.pages()) pages.push(page);
    expect(pages).toEqual([[1, 2], [3]]);
  });

  it("requests nothing until read", () => {
    const { reads } = listing([[1]]);
    expect(reads.runs).toBe(0);
  });

  it("a failing page rejects the read", async () => {
    const list = paged<number>(async function* () {
      yield [1];
      throw new Error("page 2 failed");
    });
    await expect(list.toArray()).rejects.toThrow("page 2 failed");
    expect(await list.first()).toBe(1);
  });

  it("types: async-iterable over T with toArray, first and pages", () => {
    expectTypeOf<Paged<number>>().toExtend<AsyncIterable<number>>();
    expectTypeOf<Paged<number>["toArray"]>().returns.toEqualTypeOf<Promise<number[]>>();
    expectTypeOf<Paged<number>["first"]>().returns.toEqualTypeOf<Promise<number | undefined>>();
    expectTypeOf<Paged<number>["pages"]>().returns.toEqualTypeOf<AsyncIterable<number[]>>();
  });
});
