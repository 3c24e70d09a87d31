// The four roles and how a user's claims map onto them. Roles come only from the identity
// provider's token (read once at sign-in, kept in the encrypted session): nothing in a
// request can add one.
export const ROLES = ['officer', 'approver', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles named by a claim that holds a string, a list, or a space-separated string. */
export function rolesFromClaims(
  claims: Record<string, unknown>,
  claim: string,
  map: ReadonlyMap<string, Role>,
): Role[] {
  const raw = claims[claim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = new Set<Role>();
  for (const v of values) {
    const role = typeof v === 'string' ? map.get(v) : undefined;
    if (role) roles.add(role);
  }
  return ROLES.filter((r) => roles.has(r));
}
