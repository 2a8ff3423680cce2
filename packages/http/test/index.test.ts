import { describe, expect, it } from "vitest";
import { packageName } from "../src/index.js";

describe("http", () => {
  it("is named for its folder", () => {
    expect(packageName).toBe("@lever-oomnitza/http");
  });
});
