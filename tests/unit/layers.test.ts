/**
 * Build-time code imports downward only (STYLE.md, "Workarounds"; README, "Layout"): plugins, the
 * site's code and the tests share `lib/`; nothing outside `scripts/` imports from `scripts/`; `lib/`
 * itself reaches only the typed data, the locale tables and the config, so it reads without the plugins.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {siteDir} from '../../lib/pages';

const codeFile = /\.(ts|tsx|mts|cjs|mjs|js)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(siteDir, folder), {recursive: true, encoding: 'utf8'})
    .filter((file) => codeFile.test(file))
    .map((file) => path.join(folder, file));
}

/** What a file imports, as paths from the site's root (package imports left out). */
export function localImports(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@site/')) return [specifier.slice('@site/'.length)];
    if (specifier.startsWith('.'))
      return [path.normalize(path.join(path.dirname(file), specifier))];
    return [];
  });
}

const importsOf = (file: string) =>
  localImports(file, readFileSync(path.join(siteDir, file), 'utf8'));

describe('layers', () => {
  it('reads imports as paths from the root', () => {
    expect(
      localImports('plugins/a/index.ts', "import x from '../../lib/pages';\nimport '@site/src/b';"),
    ).toEqual(['lib/pages', 'src/b']);
  });

  it.each(['plugins', 'src', 'tests', 'lib'])('nothing in %s/ imports from scripts/', (folder) => {
    const upward = filesUnder(folder).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('scripts/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  // One exception: the config and the sidebars, whose labels are UI strings that the translation
  // status counts (lib/uiReference.ts). The config imports the remark plugins, so this is the one
  // path from lib/ into plugin code; moving the navbar and footer labels into src/i18n would close it.
  it('lib/ imports only lib/, src/data/, src/i18n/ and the config', () => {
    const outside = filesUnder('lib').flatMap((file) =>
      importsOf(file)
        .filter(
          (target) =>
            !/^(lib\/|src\/data\/|src\/i18n\/|docusaurus\.config$|sidebars$)/.test(target),
        )
        .map((target) => `${file} → ${target}`),
    );
    expect(outside).toEqual([]);
  });
});
