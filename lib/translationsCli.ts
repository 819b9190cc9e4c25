/**
 * The command line of `npm run translations:*`, strict: an unknown flag (`--chek`) or `--id` without
 * its value is a usage error (exit 2), never silently ignored or read as "every entry".
 */
import {parseArgs} from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  readonly command: Command;
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
  diff: 'npm run translations:diff -- <file> [--id <entry id>]',
  'add-locale': 'npm run translations:add-locale -- <code>',
};
type Command = keyof typeof usage;
const isCommand = (name: string | undefined): name is Command =>
  name !== undefined && Object.hasOwn(usage, name);

export function parseCli(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new UsageError(
      `unknown command "${command ?? ''}"; use ${Object.keys(usage).join(', ')}`,
    );
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options:
        command === 'status'
          ? {all: {type: 'boolean'}, check: {type: 'boolean'}, json: {type: 'boolean'}}
          : command === 'add-locale'
            ? {}
            : {id: {type: 'string'}},
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${usage[command]}`);
  }
  const {values, positionals} = parsed;
  const id = 'id' in values ? (values.id as string | undefined) : undefined;
  if (id !== undefined && (id === '' || id.startsWith('-'))) {
    throw new UsageError(`--id needs an entry id\nusage: ${usage[command]}`);
  }
  if (command !== 'status' && positionals.length === 0) {
    throw new UsageError(`usage: ${usage[command]}`);
  }
  if ((command === 'diff' || command === 'add-locale') && positionals.length > 1) {
    throw new UsageError(
      `one argument only, not "${positionals.join(' ')}"\nusage: ${usage[command]}`,
    );
  }
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
