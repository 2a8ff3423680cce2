/**
 * A record type with only its listed fields: drops the `[key: string]: unknown` that an OpenAPI schema
 * with `additionalProperties: true` generates, so a misspelt field is a compile error.
 */
export type KnownFields<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

/**
 * The one way to read a field the record types do not list (a field the vendor added, an Oomnitza
 * custom field such as `lever_id`): the same object, typed so any field reads as `unknown` to check.
 */
export function vendorFields(record: object): Readonly<Record<string, unknown>> {
  return record as Readonly<Record<string, unknown>>;
}
