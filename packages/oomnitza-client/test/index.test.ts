import { describe, expect, it } from "vitest";
import { packageName } from "../src/index.js";

describe("oomnitza-client", () => {
  it("is named for its folder", () => {
    expect(packageName).toBe("@lever-oomnitza/oomnitza-client");
  });
});
