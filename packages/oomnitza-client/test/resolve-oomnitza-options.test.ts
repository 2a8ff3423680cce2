import { describe, expect, it } from "vitest";
import { createOomnitzaClient, OomnitzaConfigError } from "../src/index.js";
import { resolveOomnitzaOptions } from "../src/resolve-oomnitza-options.js";

describe("resolveOomnitzaOptions", () => {
  it.each([
    ["subdomain", { subdomain: "Acme", token: "t" }, "https://acme.oomnitza.com"],
    [
      "https baseUrl, trailing slash",
      { baseUrl: "https://acme.oomnitza.com/", token: "t" },
      "https://acme.oomnitza.com",
    ],
    [
      "baseUrl with /api/v3",
      { baseUrl: "https://acme.oomnitza.com/api/v3/", token: "t" },
      "https://acme.oomnitza.com",
    ],
    [
      "proxy prefix kept",
      { baseUrl: "https://proxy.corp/oomnitza", token: "t" },
      "https://proxy.corp/oomnitza",
    ],
    ["loopback http (sandbox)", { baseUrl: "http://127.0.0.1:4010", token: "t" }, "http://127.0.0.1:4010"],
    ["localhost http", { baseUrl: "http://localhost:8080", token: "t" }, "http://localhost:8080"],
    ["ipv6 loopback", { baseUrl: "http://[::1]:8080", token: "t" }, "http://[::1]:8080"],
    [
      "insecure http when allowed",
      { baseUrl: "http://oomnitza.internal", token: "t", allowInsecureHttp: true },
      "http://oomnitza.internal",
    ],
  ])("accepts %s", (_name, options, baseUrl) => {
    expect(resolveOomnitzaOptions(options).baseUrl).toBe(baseUrl);
  });

  it("sends a token as Authorization2 without Bearer and trims a trailing newline", () => {
    const r = resolveOomnitzaOptions({ subdomain: "acme", token: "abc123\n" });
    expect(r.auth).toEqual({ name: "Authorization2", value: "abc123" });
    expect(r.secrets).toEqual(["abc123"]);
  });

  it("builds Basic auth and treats the password and its encoding as secrets", () => {
    const r = resolveOomnitzaOptions({ subdomain: "acme", username: "svc", password: "pw!" });
    const encoded = Buffer.from("svc:pw!").toString("base64");
    expect(r.auth).toEqual({ name: "Authorization", value: `Basic ${encoded}` });
    expect(r.secrets).toEqual(["pw!", encoded]);
  });

  it.each([
    ["no token", { subdomain: "acme" }, "token", /token is missing.*OOMNITZA_API_TOKEN/],
    ["empty token", { subdomain: "acme", token: "  " }, "token", /token is empty.*OOMNITZA_API_TOKEN/],
    ["token with a line break", { subdomain: "acme", token: "a\nb" }, "token", /line break/],
    [
      "token and password",
      { subdomain: "acme", token: "t", username: "u", password: "p" },
      "token",
      /not both/,
    ],
    ["username only", { subdomain: "acme", username: "u" }, "password", /password is missing/],
    ["no tenant", { token: "t" }, "baseUrl", /set baseUrl .* or subdomain/],
    [
      "both tenants",
      { token: "t", subdomain: "a", baseUrl: "https://a.oomnitza.com" },
      "baseUrl",
      /not both/,
    ],
    ["bad subdomain", { token: "t", subdomain: "acme.oomnitza.com" }, "subdomain", /not a subdomain/],
    ["not a URL", { token: "t", baseUrl: "acme" }, "baseUrl", /not a URL/],
    ["ftp", { token: "t", baseUrl: "ftp://acme.oomnitza.com" }, "baseUrl", /https/],
    ["plain http", { token: "t", baseUrl: "http://acme.oomnitza.com" }, "baseUrl", /allowInsecureHttp: true/],
    [
      "credentials in URL",
      { token: "t", baseUrl: "https://u:p@acme.oomnitza.com" },
      "baseUrl",
      /credentials/,
    ],
    ["pageSize 0", { token: "t", subdomain: "acme", pageSize: 0 }, "pageSize", /integer from 1/],
  ])("refuses %s, naming the option and the fix", (_name, options, option, message) => {
    let thrown: unknown;
    try {
      resolveOomnitzaOptions(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OomnitzaConfigError);
    expect((thrown as OomnitzaConfigError).option).toBe(option);
    expect((thrown as Error).message).toMatch(message);
  });

  it("never puts the token in a configuration error", () => {
    expect(() =>
      createOomnitzaClient({ baseUrl: "http://acme.oomnitza.com", token: "SECRET-TOKEN" }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining("SECRET-TOKEN") }));
  });

  it.each([
    [{ timeoutMs: 3_000_000_000 }, "timeoutMs"],
    [{ rateLimit: { perSecond: 1e-9, burst: 1 } }, "rateLimit.perSecond"],
    [{ maxBodyBytes: 1 }, "maxBodyBytes"],
    [{ maxPerSecond: 0 }, "maxPerSecond"],
    [{ maxPerSecond: 20_000 }, "maxPerSecond"],
    [{ maxPerSecond: 100, rateLimit: { perSecond: 10, burst: 10 } }, "maxPerSecond"],
  ])("an out-of-range %o is an OomnitzaConfigError naming %s", (options, option) => {
    let thrown: unknown;
    try {
      createOomnitzaClient({ subdomain: "acme", token: "t", ...options });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OomnitzaConfigError);
    expect((thrown as OomnitzaConfigError).option).toBe(option);
  });
});
