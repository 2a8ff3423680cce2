/**
 * Lever user fields a mapping may read. The first six are the ones Oomnitza's own Lever
 * integration offers (Created at Timestamp, Id, Login name, Name, User's role + Connector Sync Time);
 * the rest are on every Lever user object.
 * @see https://hire.lever.co/developer/documentation#users and docs/vendor-facts.md#lever-user-object
 */
export const leverFields = [
  "id",
  "name",
  "username",
  "email",
  "createdAt",
  "deactivatedAt",
  "accessRole",
  "externalDirectoryId",
  "jobTitle",
  "managerId",
  "photo",
] as const;

/** A Lever user field name a mapping may read. */
export type LeverField = (typeof leverFields)[number];

/** The pseudo-field holding the time of the current sync run ("Connector Sync Time"). */
export const SYNC_TIME = "$syncTime" as const;

/** Anything a mapping field may read: a Lever field or the sync time. */
export type SourceField = LeverField | typeof SYNC_TIME;

/** Lever fields that hold epoch milliseconds (convert with `unix-seconds` for Oomnitza dates). */
export const leverTimestampFields: readonly SourceField[] = ["createdAt", "deactivatedAt", SYNC_TIME];
