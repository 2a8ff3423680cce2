import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "../src/is-loopback-host.js";

describe("isLoopbackHost", () => {
  it.each(["localhost", "LOCALHOST", "127.0.0.1", "127.0.0.2", "127.1.2.3", "[::1]"])(
    "%s is this machine",
    (h) => expect(isLoopbackHost(new URL(`http://${h}:8080/`).hostname)).toBe(true),
  );
  it.each(["example.com", "localhost.example.com", "128.0.0.1", "10.0.0.1", "[::2]", "127.0.0.1.nip.io"])(
    "%s is not",
    (h) => expect(isLoopbackHost(new URL(`http://${h}/`).hostname)).toBe(false),
  );
});
