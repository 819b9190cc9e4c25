/**
 * After each locale's build, reads its pages and scripts for what the client build drops: a theme
 * string or a class that something still uses stops the build, naming the file and what to do.
 */
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {leftOutClassesIn} from './leftOutCss';
import {droppedIdsIn} from './leftOutStrings';

/** What one built file still uses of what was dropped, as messages. */
export function leftOutUses(file: string, text: string): string[] {
  const strings = file.endsWith('.js')
    ? droppedIdsIn(text).map(
        (id) =>
          `uses the theme string "${id}", which plugins/lean-client/leftOutStrings.ts drops: take its prefix off the list`,
      )
    : [];
  const classes = leftOutClassesIn(file, text).map(
    (name) =>
      `uses the class "${name}", whose styles plugins/lean-client/leftOutCss.ts drops: take "${name.split(/__|--/)[0]}" off the list`,
  );
  return [...strings, ...classes];
}

export async function checkBuiltFiles(outDir: string): Promise<void> {
  const files = (await readdir(outDir, {recursive: true})).filter((file) =>
    /\.(html|js)$/.test(file),
  );
  for (const file of files) {
    const [use] = leftOutUses(file, await readFile(path.join(outDir, file), 'utf8'));
    if (use !== undefined) throw new Error(`${path.join(outDir, file)} ${use}`);
  }
}
