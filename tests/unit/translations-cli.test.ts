/** The translations command line rejects what it does not understand instead of guessing. */
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {siteDir} from '../../lib/pages';
import {parseCli, UsageError} from '../../lib/translationsCli';

describe('translations command line', () => {
  it('reads status flags and mark files', () => {
    expect(parseCli(['status', '--check', '--json'])).toMatchObject({check: true, json: true});
    expect(parseCli(['mark', 'i18n/en/data/glossary.json', '--id', 'sphere'])).toMatchObject({
      files: ['i18n/en/data/glossary.json'],
      id: 'sphere',
    });
  });

  it.each([
    [['status', '--chek'], /Unknown option '--chek'/],
    [['status', '--josn'], /Unknown option '--josn'/],
    [['mark', 'i18n/en/data/glossary.json', '--id'], /--id/],
    [['mark', '--id', '--check'], /--id/],
    [['mark'], /usage: npm run translations:mark/],
    [['diff'], /usage: npm run translations:diff/],
    [['diff', 'a.json', 'b.json'], /one argument only/],
    [['diff', 'i18n/en/data/glossary.json', '--id'], /--id/],
    [['add-locale'], /usage: npm run translations:add-locale/],
    [['add-locale', 'uk', '--id', 'x'], /Unknown option '--id'/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });

  const run = (...args: string[]) =>
    // node with tsx's loader, not npx: one process fewer on a busy machine.
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/translations.ts', ...args], {
      cwd: siteDir,
      encoding: 'utf8',
    });

  it('lists only what needs work unless asked for --all', () => {
    const needsWork = run('status');
    expect(needsWork.status).toBe(0);
    expect(needsWork.stdout).not.toMatch(/^ {2}up to date /m);
    expect(run('status', '--all').stdout).toMatch(
      /^ {2}up to date +i18n\/en\/data\/glossary\.json/m,
    );
  });

  it('exits 2 on an unknown flag, with one line and no stack trace', () => {
    const result = run('status', '--chek');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^translations: Unknown option '--chek'/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a mistyped id or path without a stack trace', () => {
    const id = run('mark', 'i18n/en/data/glossary.json', '--id', 'no-such-term');
    expect(id.status).toBe(1);
    expect(id.stderr).toBe(
      'translations: i18n/en/data/glossary.json: no source entry "no-such-term"\n',
    );
    const file = run('mark', 'i18n/en/data/glosary.json');
    expect(file.status).toBe(1);
    expect(file.stderr).toMatch(/^translations: i18n\/en\/data\/glosary\.json: /);
    expect(file.stderr).not.toMatch(/\n\s+at /);
  });
}, 90_000);
