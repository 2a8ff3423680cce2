/** The Lever user fields the mapping reads (structurally compatible with lever-client's `LeverUser`). */
export interface LeverUser {
  id: string;
  name: string;
  username?: string;
  email: string;
  createdAt: number;
  deactivatedAt: number | null;
  accessRole: string;
  externalDirectoryId?: string | null;
  jobTitle?: string | null;
  managerId?: string | null;
  photo?: string | null;
  [k: string]: unknown;
}
