import type { Config } from 'payload';
import { build } from 'pino-pretty';
import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';

/**
 * Payload's pretty log lines with colour only on a terminal: Payload's default forces colour, so
 * the log of `npm start` (piped, prefixed [CMS]), systemd and files kept raw ANSI codes. pino-pretty's
 * own default (colorette) looks at the terminal, NO_COLOR and FORCE_COLOR. Times in Beijing time,
 * whatever the server's zone (the machines run on UTC).
 */
/** A log line's time: 「[2026年12月2日 13:56:34]」 in Beijing time (pino gives milliseconds since 1970). */
export const beijingLogTime = (time: unknown): string => `[${beijingDateTime(Number(time), { seconds: true })}]`;

export function plainWhenPiped(): NonNullable<Config['logger']> {
  return {
    options: {},
    destination: build({
      ignore: 'pid,hostname,name',
      translateTime: false,
      customPrettifiers: { time: beijingLogTime },
    }),
  };
}
