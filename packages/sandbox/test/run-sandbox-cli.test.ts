import { describe, expect, it } from "vitest";
import { runSandboxCli } from "../src/index.js";
import { runSandboxBin } from "../src/run-sandbox-bin.js";
import { parseSandboxArgs } from "../src/run-sandbox-cli.js";

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
    expect(() => parseSandboxArgs(["--users", "many"])).toThrow(
      /--users <n>.*needs a whole number ≥ 0, got many/,
    );
    expect(() => parseSandboxArgs(["--users"])).toThrow(/--users <n>' argument missing/);
    expect(() => parseSandboxArgs(["--colour", "1"])).toThrow(/unknown option '--colour'/);
    expect(parseSandboxArgs(["--tenant", "export-2022"])).toMatchObject({ tenant: "export-2022" });
    expect(() => parseSandboxArgs(["--tenant", "acme"])).toThrow(
      /--tenant <name>.*needs one of standard, export-2022, ignore-paging, cap-100, ignore-filter, got acme/,
    );
  });
});

describe("runSandboxBin", () => {
  const capture = () => {
    const o = { out: "", err: "" };
    const output = {
      out: (t: string) => {
        o.out += t;
      },
      err: (t: string) => {
        o.err += t;
      },
    };
    return { o, output };
  };

  it.each([["--help"], ["-h"]])(
    "%s prints the usage with every flag and exits 0 without starting servers",
    async (flag) => {
      const { o, output } = capture();
      expect(await runSandboxBin([flag], "1.2.3", output)).toBe(0);
      for (const want of [
        "Usage: lever-oomnitza-sandbox",
        "--users <n>",
        "--seed <n>",
        "--lever-port",
        "--oomnitza-port",
        "--lever-app",
        "-V, --version",
        "Examples:",
      ])
        expect(o.out).toContain(want);
      expect(o.out).not.toContain("sandbox running");
      expect(o.err).toBe("");
    },
  );

  it.each([["--version"], ["-V"]])("%s prints the version and exits 0", async (flag) => {
    const { o, output } = capture();
    expect(await runSandboxBin([flag], "1.2.3", output)).toBe(0);
    expect(o.out.trim()).toBe("1.2.3");
  });

  it("a bad flag is a usage error (exit 2) naming the flag, on stderr", async () => {
    const { o, output } = capture();
    expect(await runSandboxBin(["--users", "-3"], "1.2.3", output)).toBe(2);
    expect(o.err).toMatch(/--users <n>.*needs a whole number ≥ 0, got -3/);
    expect(o.out).toBe("");
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
