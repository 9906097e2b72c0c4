import type { Config } from 'payload';
import { build } from 'pino-pretty';

/**
 * Payload's pretty log lines with colour only on a terminal: Payload's default forces colour, so
 * the log of `npm start` (piped, prefixed [CMS]), systemd and files kept raw ANSI codes. pino-pretty's
 * own default (colorette) looks at the terminal, NO_COLOR and FORCE_COLOR.
 */
export function plainWhenPiped(): NonNullable<Config['logger']> {
  return {
    options: {},
    destination: build({ ignore: 'pid,hostname,name', translateTime: 'SYS:HH:MM:ss' }),
  };
}
