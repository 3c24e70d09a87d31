// The local provider's users (users.json, or FOI_LOCAL_OIDC_USERS), checked with zod.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const userSchema = z.object({
  username: z.string().regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore'),
  password: z.string().min(1),
  email: z.email(),
  name: z.string().min(1),
  roles: z.array(z.string().min(1)),
});
const fileSchema = z.object({ users: z.array(userSchema).min(1) });
export type LocalUser = z.infer<typeof userSchema>;

export const DEFAULT_USERS_FILE = path.resolve(__dirname, '../../../web/local-oidc/users.json');

/** The users file next to the sources, whether this runs from web/ or from dist/web/. */
export function usersFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FOI_LOCAL_OIDC_USERS) return env.FOI_LOCAL_OIDC_USERS;
  const beside = path.resolve(__dirname, 'users.json');
  return fs.existsSync(beside) ? beside : DEFAULT_USERS_FILE;
}

export function loadUsers(file: string): LocalUser[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the local users file ${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.users;
}
