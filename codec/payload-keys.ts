// The keys that encrypt Temporal payloads. FOI_PAYLOAD_KEYS lists them as id=key pairs,
// newest first: the first encrypts, every one decrypts, so a key is rotated by putting a
// new one in front and keeping the old ones until no open case still needs them. Without
// the variable (the embedded default) a key is made on first use in data/payload-keys,
// which the worker, the CLI and the web app all read; in production the variable is
// required, so that no process quietly makes a key of its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config-error';
import { dataDir } from '../config/data-dir';

export interface PayloadKey {
  /** Written into each payload's metadata, so a reader knows which key to use. */
  id: string;
  /** 32 bytes, for AES-256-GCM. */
  key: Buffer;
}

/** Newest first: `keys[0]` encrypts. */
export interface PayloadKeys {
  keys: PayloadKey[];
  /** Where they came from, for start-up messages (never the keys themselves). */
  source: string;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
const HOW_TO_MAKE =
  "make one with: node -e \"console.log('2026-11=' + require('crypto').randomBytes(32).toString('base64'))\"";

/** Parses `id=base64key,id=base64key`; throws ConfigError naming what is wrong. */
export function parsePayloadKeys(raw: string, where: string): PayloadKey[] {
  const keys: PayloadKey[] = [];
  for (const item of raw.split(/[,\s]+/).filter(Boolean)) {
    const at = item.indexOf('=');
    const id = at > 0 ? item.slice(0, at) : '';
    const value = at > 0 ? item.slice(at + 1) : '';
    if (!KEY_ID.test(id))
      throw new ConfigError(
        `${where}: expected id=key pairs (id of letters, digits, . _ -), got "${item.slice(0, 20)}…"`,
      );
    if (!BASE64_32.test(value))
      throw new ConfigError(
        `${where}: key "${id}" is not 32 bytes in base64 (44 characters); ${HOW_TO_MAKE}`,
      );
    if (keys.some((k) => k.id === id)) throw new ConfigError(`${where}: key id "${id}" is listed twice`);
    keys.push({ id, key: Buffer.from(value, 'base64') });
  }
  if (keys.length === 0) throw new ConfigError(`${where}: no key given; ${HOW_TO_MAKE}`);
  return keys;
}

export const newKeyLine = (id: string): string => `${id}=${crypto.randomBytes(32).toString('base64')}`;

/** The embedded default's key file, made on first use. Written whole to a temporary file
 * and linked into place, so a reader never sees half a key, and two processes starting at
 * once agree on one (the link fails for the second, which reads the first's). */
function localKeys(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const line = `${newKeyLine(`local-${new Date().toISOString().slice(0, 10)}`)}\n`;
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, line, { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return line;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8');
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** A Temporal on this machine (the embedded default's dev server), where a key made here is
 * the one every process of the deployment reads. */
const isLocal = (address: string | undefined): boolean =>
  !address?.trim() || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(address.trim());

export function loadPayloadKeys(env: NodeJS.ProcessEnv = process.env): PayloadKeys {
  const raw = env.FOI_PAYLOAD_KEYS?.trim();
  if (raw) return { keys: parsePayloadKeys(raw, 'FOI_PAYLOAD_KEYS'), source: 'FOI_PAYLOAD_KEYS' };
  if (env.NODE_ENV === 'production')
    throw new ConfigError(
      `FOI_PAYLOAD_KEYS: required when NODE_ENV=production (id=key pairs, newest first); ${HOW_TO_MAKE}`,
    );
  const file = path.join(dataDir(env), 'payload-keys');
  // Against another machine's Temporal, a key made here would be this process's alone: its
  // payloads unreadable to the worker. Use the existing file, or ask for the keys.
  if (!isLocal(env.TEMPORAL_ADDRESS) && !fs.existsSync(file))
    throw new ConfigError(
      `FOI_PAYLOAD_KEYS: required for the Temporal at ${env.TEMPORAL_ADDRESS} (the keys its worker uses); ${HOW_TO_MAKE}`,
    );
  return { keys: parsePayloadKeys(localKeys(file), file), source: file };
}
