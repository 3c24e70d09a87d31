// Who may do what to a case, checked on the server for every action (the forms shown are
// only a convenience). The domain's rules still decide whether the action is lawful now.
import type { CommandType } from '../../domain/lifecycle/commands';
import type { CaseStatus } from '../../domain/lifecycle';
import { hasRole, isManager, type SessionUser } from './user';

const same = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Undefined when allowed; otherwise the reason, for the page. */
export function refusal(user: SessionUser, type: CommandType, status: CaseStatus): string | undefined {
  if (user.roles.length === 0) return 'you have no role in this service';
  if (type === 'assign') {
    if (isManager(user)) return undefined;
    // An officer takes an unassigned case (and only for themselves: routes/actions.ts).
    if (hasRole(user, 'officer') && !status.officer) return undefined;
    return 'only a manager assigns or reassigns a case; an officer may take an unassigned one';
  }
  if (type === 'approve' || type === 'returnDraft') {
    if (status.approver) {
      return same(status.approver, user.email)
        ? undefined
        : `only the named approver, ${status.approver}, may approve or return this draft`;
    }
    return hasRole(user, 'approver')
      ? undefined
      : 'only a user with the approver role may approve or return a draft';
  }
  if (same(status.officer, user.email) || hasRole(user, 'admin')) return undefined;
  return status.officer
    ? `only the case officer, ${status.officer}, records steps on this case`
    : 'nobody is assigned to this case: take it first';
}

export const allowed = (user: SessionUser, type: CommandType, status: CaseStatus): boolean =>
  refusal(user, type, status) === undefined;
