/**
 * After each locale's build, reads its pages and scripts for the classes whose styles the build
 * drops (leftOutCss.ts): one that something still uses stops the build, naming the file and what to do.
 * Every built file is also read for the build machine's folders (the site's folder, the user's home):
 * a maintainer's `/home/<login>/…` in a published file names them (issue #18).
 */
import {readdir, readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {leftOutClassesIn} from './leftOutCss';

/** What one built file still uses of what was dropped, as messages. */
export function leftOutUses(file: string, text: string): string[] {
  return leftOutClassesIn(file, text).map(
    (name) =>
      `uses the class "${name}", whose styles plugins/workarounds/bundle-cuts/leftOutCss.ts drops: take "${name.split(/__|--/)[0]}" off the list`,
  );
}

/**
 * Folders of the build machine that one built file names, as messages. A folder counts when a
 * separator follows it or it ends a quoted string (`siteDir:"/home/ana/site"`), so that a home such
 * as `/root` does not match a word like `/rooted`.
 */
export function machinePathsIn(text: string, folders: readonly string[]): string[] {
  return folders
    .filter((folder) => folder.length > 1)
    .filter((folder) =>
      new RegExp(`${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[\\/"'\`]|$)`).test(text),
    )
    .map(
      (folder) =>
        `names the build machine's folder "${folder}": find what writes it (an absolute path in the site config or in a module's name) and make it relative`,
    );
}

export async function checkBuiltFiles(outDir: string, siteDir: string): Promise<void> {
  const files = await readdir(outDir, {recursive: true, withFileTypes: true});
  const machineFolders = [siteDir, homedir()];
  for (const entry of files.filter((file) => file.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    // Latin-1 reads any file, text or not, with one character a byte: a path stays findable.
    const text = await readFile(file, 'latin1');
    const relative = path.relative(outDir, file);
    const uses = /\.(html|js)$/.test(file)
      ? leftOutUses(relative, await readFile(file, 'utf8'))
      : [];
    const [problem] = [...machinePathsIn(text, machineFolders), ...uses];
    if (problem !== undefined) throw new Error(`${file} ${problem}`);
  }
}
