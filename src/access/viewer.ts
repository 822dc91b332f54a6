import { Role } from './role';

/** Who is making a request: the API key it presented (null for an anonymous request). */
export interface Viewer {
  /** The key's public id (the part of the key before its secret); never the secret. */
  keyId: string;
  /** The name given at creation, recorded in history as who made a change. */
  name: string;
  role: Role;
}
