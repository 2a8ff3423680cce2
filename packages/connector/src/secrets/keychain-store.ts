/** The service name every connector secret is stored under in the OS keychain. */
export const KEYCHAIN_SERVICE = "lever-oomnitza";

/** Where `*From: keychain` secrets live: the OS keychain, or an injected store in tests and embedders. */
export interface KeychainStore {
  /** The secret stored for `account`, or `undefined` when there is none. */
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  /** `true` when a secret was deleted, `false` when there was none. */
  delete(account: string): Promise<boolean>;
}

/** The keychain cannot be reached here (no Secret Service, locked, no native binding for this platform). */
export class KeychainUnavailableError extends Error {
  override name = "KeychainUnavailableError";
  readonly fix =
    "store the secret elsewhere: a command (apiKeyCommand / tokenCommand, e.g. vault or op read) or a file (apiKeyFile / tokenFile).";
}

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, a Linux Secret Service such as
 * gnome-keyring) through `@napi-rs/keyring`, loaded on first use so the CLI works where the native
 * binding or the service is missing. Every failure becomes a `KeychainUnavailableError`.
 * @see https://github.com/Brooooooklyn/keyring-node
 */
export function osKeychain(): KeychainStore {
  const entry = async (account: string) => {
    let mod: typeof import("@napi-rs/keyring");
    try {
      mod = await import("@napi-rs/keyring");
    } catch (error) {
      throw unavailable(error);
    }
    return new mod.AsyncEntry(KEYCHAIN_SERVICE, account);
  };
  const call = async <T>(account: string, op: (e: import("@napi-rs/keyring").AsyncEntry) => Promise<T>) => {
    const e = await entry(account);
    try {
      return await op(e);
    } catch (error) {
      throw unavailable(error);
    }
  };
  return {
    get: (account) => call(account, async (e) => (await e.getPassword()) ?? undefined),
    set: (account, secret) => call(account, (e) => e.setPassword(secret)),
    delete: (account) => call(account, (e) => e.deleteCredential()),
  };
}

function unavailable(error: unknown): KeychainUnavailableError {
  const reason = (error as Error)?.message?.split("\n")[0] ?? String(error);
  return new KeychainUnavailableError(`the OS keychain is not available here (${reason})`, { cause: error });
}
