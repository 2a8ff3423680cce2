/**
 * Makes `instanceof cls` hold for instances made by any copy of `cls`: the ESM and the CommonJS build of
 * this package each define their own class, and a process may load both (an ESM app with a CommonJS
 * dependency). The brand is a registry-wide symbol on the prototype; subclasses keep the usual check.
 */
export function brandClass(cls: abstract new (...args: never[]) => object, name: string): void {
  const brand = Symbol.for(`@lever-oomnitza/http.${name}`);
  Object.defineProperty(cls.prototype, brand, { value: true });
  Object.defineProperty(cls, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (this !== cls) return Function.prototype[Symbol.hasInstance].call(this, value);
      return (
        typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true
      );
    },
  });
}
