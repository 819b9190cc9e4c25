/**
 * The command line of `npm run translations:*`, strict: an unknown flag (`--chek`) or `--id` without
 * its value is a usage error (exit 2), never silently ignored or read as "every entry".
 */
import {parseArgs} from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  readonly command: 'status' | 'mark';
  readonly files: readonly string[];
  readonly id?: string;
  readonly check: boolean;
  readonly json: boolean;
  /** List up-to-date items too; by default the status lists only what needs work. */
  readonly all: boolean;
}

const usage = {
  status: 'npm run translations:status [-- --all] [-- --check] [-- --json]',
  mark: 'npm run translations:mark -- <file>… [--id <entry id>]',
};

export function parseCli(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command !== 'status' && command !== 'mark') {
    throw new UsageError(`unknown command "${command ?? ''}"; use status or mark`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options:
        command === 'mark'
          ? {id: {type: 'string'}}
          : {all: {type: 'boolean'}, check: {type: 'boolean'}, json: {type: 'boolean'}},
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${usage[command]}`);
  }
  const {values, positionals} = parsed;
  const id = 'id' in values ? (values.id as string | undefined) : undefined;
  if (id !== undefined && (id === '' || id.startsWith('-'))) {
    throw new UsageError(`--id needs an entry id\nusage: ${usage.mark}`);
  }
  if (command === 'mark' && positionals.length === 0) throw new UsageError(`usage: ${usage.mark}`);
  if (command === 'status' && positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}"\nusage: ${usage.status}`);
  }
  return {
    command,
    files: positionals,
    ...(id === undefined ? {} : {id}),
    check: values.check === true,
    json: values.json === true,
    all: values.all === true,
  };
}
