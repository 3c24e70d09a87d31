// Encrypts every payload Temporal stores (inputs, results, signals, updates, queries,
// memos, failure details): summaries and notes are free text and may name people. AES-256-GCM
// from Node's crypto, a fresh 12-byte nonce per payload, the key id in the metadata (and
// bound into the tag, so a payload cannot be passed off as another key's). Payloads
// without the encrypted marker pass through: histories written before encryption was
// turned on still read. Search attributes do not go through codecs and hold no personal data.
import crypto from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadKey, PayloadKeys } from './payload-keys';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const str = (b: Uint8Array | null | undefined): string => (b ? new TextDecoder().decode(b) : '');

export class PayloadKeyMissing extends Error {
  override name = 'PayloadKeyMissing';
}

export class AesGcmCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;
  private readonly current: PayloadKey;

  constructor(keys: PayloadKeys) {
    const [current] = keys.keys;
    if (!current) throw new Error('AesGcmCodec needs at least one key');
    this.current = current;
    this.byId = new Map(keys.keys.map((k) => [k.id, k.key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => this.encrypt(p));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => (str(p.metadata?.encoding) === ENCRYPTED_ENCODING ? this.decrypt(p) : p));
  }

  private encrypt(payload: Payload): Payload {
    const { id, key } = this.current;
    const nonce = crypto.randomBytes(NONCE_BYTES);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(id));
    const plain = temporal.api.common.v1.Payload.encode(payload).finish();
    const sealed = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return { metadata: { encoding: text(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: text(id) }, data: sealed };
  }

  private decrypt(payload: Payload): Payload {
    const id = str(payload.metadata?.[KEY_ID_METADATA]);
    const key = this.byId.get(id);
    if (!key)
      throw new PayloadKeyMissing(
        `a payload is encrypted with key "${id}", which is not among FOI_PAYLOAD_KEYS (keep old keys after a rotation)`,
      );
    const data = Buffer.from(payload.data ?? new Uint8Array());
    if (data.length < NONCE_BYTES + TAG_BYTES) throw new Error('an encrypted payload is too short to be one');
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, data.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(id));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(data.subarray(NONCE_BYTES, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return temporal.api.common.v1.Payload.decode(plain);
  }
}
