// Who is recording a step: --by, else FOI_USER, else the operating-system user name.
import os from 'node:os';
import { UsageError } from './errors';

export function whoIsActing(by: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const named = by?.trim() || env.FOI_USER?.trim();
  if (named) return named;
  try {
    const user = os.userInfo().username.trim();
    if (user) return user;
  } catch {
    // No passwd entry (some containers): fall through to the message below.
  }
  throw new UsageError('say who is recording this: --by NAME, or set FOI_USER');
}
