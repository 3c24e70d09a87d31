// A look at the mail relay when the worker starts: a wrong host, port, TLS mode or password
// shows at once as one warning line, instead of as reminders retrying quietly for days. A
// warning, not a refusal: a relay that comes up later is fine, and sends retry until then.
import type { EmailConfig } from './config';
import { transportFor } from './send';

const VERIFY_TIMEOUT_MS = 5_000;

/** Undefined when the relay answered and accepted the settings; else why not, in a line. */
export async function smtpProblem(cfg: EmailConfig): Promise<string | undefined> {
  const transport = transportFor(cfg);
  const timeout = new Promise<string>((resolve) =>
    setTimeout(() => resolve(`no answer within ${VERIFY_TIMEOUT_MS / 1000} s`), VERIFY_TIMEOUT_MS).unref(),
  );
  try {
    return await Promise.race([
      transport.verify().then(
        () => undefined,
        (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0],
      ),
      timeout,
    ]);
  } finally {
    transport.close();
  }
}
