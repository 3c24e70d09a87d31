// The payload codec: what it writes cannot be read without the key, names its key, reads
// what older keys wrote after a rotation, and refuses anything altered.
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import {
  AesGcmCodec,
  ENCRYPTED_ENCODING,
  KEY_ID_METADATA,
  PayloadKeyMissing,
} from '../../../codec/aes-gcm-codec';
import type { PayloadKeys } from '../../../codec/payload-keys';

const key = (id: string, fill: number) => ({ id, key: Buffer.alloc(32, fill) });
const keys = (...k: ReturnType<typeof key>[]): PayloadKeys => ({ keys: k, source: 'test' });
const SECRET = { summary: 'Complaint about PC Jane Example', requesterEmail: 'jane@example.org' };
const payload = (): Payload => defaultPayloadConverter.toPayload(SECRET);
const asText = (p: Payload): string => Buffer.from(p.data!).toString('latin1');
const meta = (p: Payload, k: string): string => Buffer.from(p.metadata![k]!).toString();

test('an encoded payload holds none of its text, names its key, and decodes to the original', async () => {
  const codec = new AesGcmCodec(keys(key('k1', 1)));
  const [sealed] = await codec.encode([payload()]);
  expect(meta(sealed!, 'encoding')).toBe(ENCRYPTED_ENCODING);
  expect(meta(sealed!, KEY_ID_METADATA)).toBe('k1');
  expect(asText(sealed!)).not.toContain('Jane');
  expect(asText(sealed!)).not.toContain('json/plain');
  const [opened] = await codec.decode([sealed!]);
  expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(SECRET);
});

test('the same payload encrypted twice differs (a fresh nonce each time)', async () => {
  const codec = new AesGcmCodec(keys(key('k1', 1)));
  const [a, b] = await codec.encode([payload(), payload()]);
  expect(Buffer.compare(Buffer.from(a!.data!), Buffer.from(b!.data!))).not.toBe(0);
});

test('after a rotation new payloads use the new key and the old key still reads old ones', async () => {
  const before = new AesGcmCodec(keys(key('2025', 1)));
  const after = new AesGcmCodec(keys(key('2026', 2), key('2025', 1)));
  const [old] = await before.encode([payload()]);
  const [fresh] = await after.encode([payload()]);
  expect(meta(fresh!, KEY_ID_METADATA)).toBe('2026');
  const [a, b] = await after.decode([old!, fresh!]);
  expect(defaultPayloadConverter.fromPayload(a!)).toEqual(SECRET);
  expect(defaultPayloadConverter.fromPayload(b!)).toEqual(SECRET);
  // Once the old key is dropped, its payloads are refused by name, not misread.
  const dropped = new AesGcmCodec(keys(key('2026', 2)));
  await expect(dropped.decode([old!])).rejects.toThrow(PayloadKeyMissing);
  await expect(dropped.decode([old!])).rejects.toThrow(/key "2025"/);
});

test('payloads written before encryption was turned on pass through unchanged', async () => {
  const codec = new AesGcmCodec(keys(key('k1', 1)));
  const plain = payload();
  const [out] = await codec.decode([plain]);
  expect(out).toBe(plain);
});

test('an altered payload, or one relabelled with another key id, is refused', async () => {
  const codec = new AesGcmCodec(keys(key('a', 1), key('b', 1)));
  const [sealed] = await codec.encode([payload()]);
  const flipped = Buffer.from(sealed!.data!);
  flipped[20] = flipped[20]! ^ 1;
  await expect(codec.decode([{ ...sealed!, data: flipped }])).rejects.toThrow();
  // Same key bytes under another id: the id is bound into the tag, so the swap is caught.
  const relabelled = { ...sealed!, metadata: { ...sealed!.metadata, [KEY_ID_METADATA]: Buffer.from('b') } };
  await expect(codec.decode([relabelled])).rejects.toThrow();
  await expect(codec.decode([{ ...sealed!, data: Buffer.alloc(10) }])).rejects.toThrow(/too short/);
});
