import { describe, expect, it } from "vitest";
import { parseSandboxArgs, runSandboxCli } from "../src/index.js";

describe("parseSandboxArgs", () => {
  it("reads the flags and names a bad one", () => {
    expect(
      parseSandboxArgs(["--users", "40", "--seed", "3", "--lever-port", "0", "--lever-app"]),
    ).toMatchObject({
      leverUsers: 40,
      seed: 3,
      lever: { port: 0 },
      data: { oomnitza: { leverApp: true } },
    });
    expect(() => parseSandboxArgs(["--users", "many"])).toThrow(/--users needs a whole number/);
    expect(() => parseSandboxArgs(["--colour", "1"])).toThrow(/unknown flag --colour/);
  });
});

describe("runSandboxCli", () => {
  it("prints both base URLs and credentials, serves requests until stopped, then closes", async () => {
    let out = "";
    let stop: () => void = () => {};
    let leverUrl = "";
    const done = runSandboxCli({
      leverUsers: 10,
      write: (t) => {
        out += t;
      },
      until: new Promise<void>((r) => {
        stop = r;
      }),
      onReady: async (s) => {
        leverUrl = s.lever.baseUrl;
        const res = await fetch(`${s.oomnitza.baseUrl}/api/v3/saas`, {
          headers: { authorization2: s.oomnitza.credentials.token },
        });
        expect(res.status).toBe(200);
        expect(out).toContain(s.lever.baseUrl);
        expect(out).toContain(s.lever.credentials.apiKey);
        expect(out).toContain(s.oomnitza.credentials.token);
        stop();
      },
    });
    expect(await done).toBe(0);
    expect(out).toContain("sandbox stopped");
    await expect(fetch(`${leverUrl}/users`)).rejects.toThrow();
  });
});
