// Why a connection to Temporal failed, in one line (issue 10 item 7). The client library
// says only "failed to connect before the deadline", whether nothing listens there or TLS
// was spoken to a server without it, so the address is probed: a TCP connection, then
// (with TLS on) a plain one, to tell the two apart.
import net from 'node:net';
import { sdk } from './temporal-sdk';
import type { TemporalConfig } from '../config/temporal';

const PROBE_MS = 2000;

/** Whether something accepts TCP connections at host:port. */
function listening(address: string): Promise<boolean> {
  const at = address.lastIndexOf(':');
  const host = address.slice(0, at);
  const port = Number(address.slice(at + 1));
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(PROBE_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Whether a Temporal server answers at the address without TLS. */
async function answersWithoutTls(address: string): Promise<boolean> {
  try {
    const connection = await sdk().Connection.connect({ address, connectTimeout: PROBE_MS });
    await connection.close().catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to tell a person whose connection failed. `howToStart` ends the "not running" line
 * (the CLI and the worker say it their own way).
 */
export async function connectProblem(config: TemporalConfig, howToStart: string): Promise<string> {
  const { address } = config;
  if (!(await listening(address))) return `cannot reach Temporal at ${address}: is it running? ${howToStart}`;
  if (!config.tls)
    return `Temporal at ${address} accepts connections but does not answer: is it a Temporal server?`;
  if (await answersWithoutTls(address)) {
    return `TLS to Temporal at ${address} failed: the server there does not speak TLS (TEMPORAL_TLS, TEMPORAL_API_KEY and TEMPORAL_TLS_CERT turn TLS on; the local dev server has none)`;
  }
  return `TLS to Temporal at ${address} failed: the server answers but the TLS handshake did not complete (check TEMPORAL_TLS_CA, TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY)`;
}
