/** Minimal `--flag value` / `--switch` parsing for the spreadsheet CLIs, with Chinese errors. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseFlags(argv: readonly string[], valued: readonly string[], switches: readonly string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (switches.includes(flag)) {
      flags.set(flag, true);
    } else if (valued.includes(flag)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`参数 ${flag} 缺少取值`);
      flags.set(flag, value);
      i += 1;
    } else {
      throw new UsageError(`无法识别的参数“${flag}”，可用：${[...valued, ...switches].join('、')}`);
    }
  }
  return flags;
}

export function positiveNumber(flags: Map<string, string | true>, flag: string): number | undefined {
  const value = flags.get(flag);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (typeof value !== 'string' || !(number > 0)) throw new UsageError(`参数 ${flag} 应为正数，收到“${String(value)}”`);
  return number;
}

/**
 * Runs a spreadsheet CLI's `main` and exits: its own code on success, 2 with the help text on a
 * usage error, 1 with `describeFailure`'s Chinese message on anything else.
 */
export function runCli(main: (argv: string[]) => Promise<number>, help: string, describeFailure: (error: unknown) => string): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${help}`);
        process.exit(2);
      }
      console.error(describeFailure(error));
      process.exit(1);
    },
  );
}
