import { isEmailAddress } from './address';
import { permanentFailure } from './classify';
import type { EmailConfig } from './config';
import type { Recipient } from '../../domain/lifecycle/staff-email';

// Roles become addresses here, at send time, so a change of manager in the configuration
// applies to every open case without touching workflow history.
export function resolveRecipients(to: Recipient[], cfg: EmailConfig): string[] {
  const addresses = to.map((r) => {
    if (r.role === 'manager') return cfg.managerEmail;
    if (r.role === 'head-of-service') return cfg.headOfServiceEmail;
    return r.address.trim();
  });
  const invalid = addresses.filter((a) => !isEmailAddress(a));
  if (invalid.length > 0) {
    // A malformed address will never work: fail for good so the manager hears about it.
    throw permanentFailure(`invalid recipient address ${invalid.map((a) => JSON.stringify(a)).join(', ')}`, {
      to: invalid,
    });
  }
  // One copy per person even when, say, the officer is also the manager.
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
