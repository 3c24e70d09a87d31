// Deliberately strict address checks: staff addresses are ours to configure, so anything
// unusual is far more likely a typo than a real mailbox, and catching it before the SMTP
// conversation gives the clearest error.

const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const DOMAIN = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*';
const ADDRESS = new RegExp(`^${LOCAL}@${DOMAIN}$`);

export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value);
}

export interface Mailbox {
  name?: string;
  address: string;
}

// Accepts `address` or `Display Name <address>` (the display name may be quoted).
export function parseMailbox(value: string): Mailbox | undefined {
  const match = /^\s*(?:(.*?)\s*<([^<>]*)>|([^<>\s]+))\s*$/.exec(value);
  if (!match) return undefined;
  const address = match[2] ?? match[3] ?? '';
  if (!isEmailAddress(address)) return undefined;
  const rawName = (match[1] ?? '').replace(/^"(.*)"$/, '$1').trim();
  if (/[\r\n"<>]/.test(rawName)) return undefined;
  return rawName ? { name: rawName, address } : { address };
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
