// Where the payload keys come from: FOI_PAYLOAD_KEYS (checked, one-line errors), or in the
// embedded default a key file made once in the data folder and shared by every process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../../config/config-error';
import { loadPayloadKeys, newKeyLine, parsePayloadKeys } from '../../../codec/payload-keys';

const K1 = Buffer.alloc(32, 1).toString('base64');
const K2 = Buffer.alloc(32, 2).toString('base64');

test.each([
  ['new=' + K2 + ',old=' + K1, ['new', 'old']],
  [' a.1=' + K1 + '  b_2=' + K2 + ' ', ['a.1', 'b_2']],
])('parses %s, newest first', (raw, ids) => {
  expect(parsePayloadKeys(raw, 'X').map((k) => k.id)).toEqual(ids);
});

test.each([
  ['', /no key given/],
  ['k1', /expected id=key pairs/],
  ['=' + K1, /expected id=key pairs/],
  ['bad id=' + K1, /expected id=key pairs/],
  ['k1=' + K1.slice(0, 40), /not 32 bytes/],
  ['k1=' + Buffer.alloc(16).toString('base64'), /not 32 bytes/],
  ['k1=' + K1 + ',k1=' + K2, /listed twice/],
])('refuses %p with a clear message', (raw, message) => {
  expect(() => parsePayloadKeys(raw, 'FOI_PAYLOAD_KEYS')).toThrow(ConfigError);
  expect(() => parsePayloadKeys(raw, 'FOI_PAYLOAD_KEYS')).toThrow(message);
});

test('a new key line parses as one 32-byte key', () => {
  const [k] = parsePayloadKeys(newKeyLine('2026-11'), 'X');
  expect(k!.id).toBe('2026-11');
  expect(k!.key).toHaveLength(32);
});

test('production refuses to start without FOI_PAYLOAD_KEYS, and makes no key file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-keys-'));
  expect(() => loadPayloadKeys({ NODE_ENV: 'production', FOI_DATA_DIR: dir })).toThrow(
    /FOI_PAYLOAD_KEYS: required when NODE_ENV=production/,
  );
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('the embedded default makes one key file, private to its owner, and every later load reads it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-keys-'));
  const first = loadPayloadKeys({ FOI_DATA_DIR: dir });
  const second = loadPayloadKeys({ FOI_DATA_DIR: dir });
  const file = path.join(dir, 'payload-keys');
  expect(first.source).toBe(file);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(second.keys[0]!.key.equals(first.keys[0]!.key)).toBe(true);
  expect(first.keys[0]!.id).toMatch(/^local-\d{4}-\d{2}-\d{2}$/);
});

test('FOI_PAYLOAD_KEYS wins over the key file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-keys-'));
  const loaded = loadPayloadKeys({ FOI_DATA_DIR: dir, FOI_PAYLOAD_KEYS: `given=${K1}` });
  expect(loaded.keys.map((k) => k.id)).toEqual(['given']);
  expect(fs.existsSync(path.join(dir, 'payload-keys'))).toBe(false);
});

test("against a Temporal on another machine, no key is made here: the deployment's keys are asked for", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-keys-'));
  expect(() =>
    loadPayloadKeys({ FOI_DATA_DIR: dir, TEMPORAL_ADDRESS: 'temporal.council.example:7233' }),
  ).toThrow(/FOI_PAYLOAD_KEYS: required for the Temporal at temporal.council.example:7233/);
  expect(fs.readdirSync(dir)).toEqual([]);
  // On this machine the key is made as before, and then used whatever the address.
  expect(loadPayloadKeys({ FOI_DATA_DIR: dir, TEMPORAL_ADDRESS: '127.0.0.1:7233' }).keys).toHaveLength(1);
  expect(
    loadPayloadKeys({ FOI_DATA_DIR: dir, TEMPORAL_ADDRESS: 'temporal.council.example:7233' }).keys,
  ).toHaveLength(1);
  expect(fs.readdirSync(dir)).toEqual(['payload-keys']); // no temporary file left behind
});
