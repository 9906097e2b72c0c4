import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * PAYLOAD_SECRET for a local run: from the environment, else a random one kept in the data
 * folder so logins survive restarts. Nothing to edit before the first run.
 */
export function localSecret(file: string): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
