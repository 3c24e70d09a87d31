// POST /codec/encode and /codec/decode: the Temporal UI's remote codec protocol, so an
// administrator sees case payloads decrypted in the Temporal UI ("Codec Server" set to
// <this app>/codec, with cross-origin credentials) and nobody else does. Signed-in admins
// only; the UI's origin (FOI_TEMPORAL_UI_ORIGINS) may call it from the browser with the
// session cookie. Answers are JSON, errors included: the caller is a script, not a person.
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentUser, hasRole } from '../auth/user';

export const CODEC_PREFIX = '/codec/';

const wirePayloads = z.object({
  payloads: z
    .array(
      z.object({
        metadata: z.record(z.string(), z.string().max(1_000)).optional(),
        data: z.string().optional(),
      }),
    )
    .max(1_000),
});
type WirePayload = z.infer<typeof wirePayloads>['payloads'][number];

const fromWire = (p: WirePayload): Payload => ({
  metadata: Object.fromEntries(
    Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')]),
  ),
  data: Buffer.from(p.data ?? '', 'base64'),
});
const b64 = (b: Uint8Array | null | undefined): string =>
  Buffer.from(b ?? new Uint8Array()).toString('base64');
const toWire = (p: Payload): WirePayload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])),
  data: b64(p.data),
});

/** CORS for the Temporal UI's origin, on every answer under /codec/ (refusals included, so
 * the UI can read why). A preflight is answered here, before the sign-in check: browsers
 * send it without cookies. */
export function codecCors(allowedOrigins: readonly string[]) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    if (!req.url.startsWith(CODEC_PREFIX)) return;
    const origin = req.headers.origin;
    if (origin && allowedOrigins.includes(origin)) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Access-Control-Allow-Credentials', 'true');
      reply.header('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
      reply.header('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  };
}

export function registerCodec(app: FastifyInstance, codec: PayloadCodec): void {
  for (const action of ['encode', 'decode'] as const) {
    app.post(`${CODEC_PREFIX}${action}`, async (req, reply) => {
      // The sign-in guard (app.ts) has already refused a request without a session.
      if (!hasRole(currentUser(req)!, 'admin'))
        return reply.code(403).send({ message: 'decoding payloads is for administrators' });
      const body = wirePayloads.safeParse(req.body);
      if (!body.success)
        return reply
          .code(400)
          .send({ message: 'expected {"payloads": [{"metadata": {...}, "data": "<base64>"}]}' });
      try {
        const payloads = await codec[action](body.data.payloads.map(fromWire));
        return reply.send({ payloads: payloads.map(toWire) });
      } catch (err) {
        return reply.code(422).send({ message: err instanceof Error ? err.message : String(err) });
      }
    });
  }
}
