// Shared test fixtures: a config pointing at a test Mailpit, a sample reminder, and a way
// to run the real activity inside a real activity Context (MockActivityEnvironment).
import type { Info } from '@temporalio/activity';
import type { Logger, LogLevel, LogMetadata } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { loadEmailConfig, type EmailConfig } from '../../activities/email/config';
import type { SendResult, StaffEmail } from '../../activities/email/types';

export const CASE_BASE_URL = 'https://foi.example.gov.uk/cases/';

export function configFor(smtpPort: number, env: Record<string, string> = {}): EmailConfig {
  return loadEmailConfig({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    CASE_BASE_URL,
    ...env,
  });
}

let counter = 0;

// A fresh reminder identity per call, so tests never collide on Message-ID by accident.
export function staffEmail(overrides: Partial<StaffEmail> = {}): StaffEmail {
  counter += 1;
  return {
    workflowId: 'foi-FOI2018/02892',
    reminderKey: `response:2018-06-26:-2#${counter}-${process.pid}`,
    kind: 'deadline-approaching',
    reference: 'FOI2018/02892',
    regime: 'foia',
    what: 'response',
    dueDate: '2018-06-26',
    workingDaysLeft: 2,
    to: [{ role: 'officer', address: 'officer@example.gov.uk' }],
    officer: 'A. Officer',
    phase: 'in_progress',
    summary: 'Information about the use of ANPR cameras',
    ...overrides,
  };
}

export interface ActivityRun {
  result?: SendResult;
  error?: unknown;
  heartbeats: unknown[];
  logs: string[];
}

class CapturingLogger implements Logger {
  constructor(private readonly lines: string[]) {}
  log(level: LogLevel, message: string, meta?: LogMetadata) {
    this.lines.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`);
  }
  trace(message: string, meta?: LogMetadata) {
    this.log('TRACE', message, meta);
  }
  debug(message: string, meta?: LogMetadata) {
    this.log('DEBUG', message, meta);
  }
  info(message: string, meta?: LogMetadata) {
    this.log('INFO', message, meta);
  }
  warn(message: string, meta?: LogMetadata) {
    this.log('WARN', message, meta);
  }
  error(message: string, meta?: LogMetadata) {
    this.log('ERROR', message, meta);
  }
}

// Runs one attempt of the activity. `info` sets attempt and heartbeatDetails to play a retry.
export async function runAttempt(
  activity: (msg: StaffEmail) => Promise<SendResult>,
  msg: StaffEmail,
  info: Partial<Info> = {},
): Promise<ActivityRun> {
  const heartbeats: unknown[] = [];
  const logs: string[] = [];
  const env = new MockActivityEnvironment(
    { workflowExecution: { workflowId: msg.workflowId, runId: 'run-1' }, ...info },
    { logger: new CapturingLogger(logs) },
  );
  env.on('heartbeat', (details: unknown) => heartbeats.push(details));
  try {
    return { result: await env.run(activity, msg), heartbeats, logs };
  } catch (error) {
    return { error, heartbeats, logs };
  }
}
