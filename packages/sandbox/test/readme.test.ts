import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startSandbox } from "../src/index.js";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const fiveLines = readme
  .split("## Point your code at it in five lines")[1]
  ?.split("```ts\n")[1]
  ?.split("```")[0];

describe("README", () => {
  it("points other code at the sandbox in five lines, and those lines work", async () => {
    expect(fiveLines?.trim().split("\n")).toHaveLength(5);
    // The README's lines, verbatim apart from the assertions.
    const { lever, oomnitza, close } = await startSandbox({ leverUsers: 250, seed: 1 });
    const res = await fetch(`${lever.baseUrl}/users?limit=100`, {
      headers: { authorization: `Basic ${btoa(`${lever.credentials.apiKey}:`)}` },
    });
    expect(fiveLines).toContain(
      "const res = await fetch(`${lever.baseUrl}/users?limit=100`, { headers: { authorization: `Basic ${btoa(`${lever.credentials.apiKey}:`)}` } });",
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(100);
    const people = await fetch(`${oomnitza.baseUrl}/api/v3/users?limit=1`, {
      headers: { Authorization2: oomnitza.credentials.token },
    });
    expect(people.status).toBe(200);
    expect(Number(people.headers.get("x-total-count"))).toBeGreaterThan(0);
    await close();
  });
});
