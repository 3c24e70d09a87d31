// The key that encrypts session cookies: FOI_SESSION_KEY, or in embedded mode a key kept
// in data/session.key (made on first use), so sign-ins survive a restart of npm start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { WebConfig } from './config';
import { DATA_DIR } from './paths';

export function sessionKey(config: WebConfig, file = path.join(DATA_DIR, 'session.key')): Buffer {
  if (config.sessionKey) return Buffer.from(config.sessionKey, 'hex');
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{64}$/i.test(kept)) return Buffer.from(kept, 'hex');
  } catch {
    // Absent: made below.
  }
  const key = crypto.randomBytes(32);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600 });
  return key;
}
