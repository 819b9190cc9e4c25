/**
 * "Cite this page" (src/components/CitePage): publishes cite.js into each locale's build under a
 * name that changes with its content (`assets/js/cite.<hash>.js`, cacheable for ever), tells the
 * component its address (the block's `data-on-demand`), which site.js fetches the first time a
 * reader opens the block. cite.js is not bundled: it stays out of every page's code.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {type CitePageGlobalData, citePagePluginName} from './globalData';

/** The file's name in the build: its content's hash in it, so that a changed script gets a new address. */
export function hashedName(code: Buffer | string): string {
  return `cite.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
}

export default function citePagePlugin({baseUrl}: LoadContext): Plugin {
  const code = readFileSync(path.join(__dirname, 'cite.js'));
  const file = path.join('assets', 'js', hashedName(code));
  return {
    name: citePagePluginName,
    contentLoaded({actions}) {
      const data: CitePageGlobalData = {script: `${baseUrl}${file.split(path.sep).join('/')}`};
      actions.setGlobalData(data);
    },
    async postBuild({outDir}) {
      await mkdir(path.join(outDir, 'assets', 'js'), {recursive: true});
      await writeFile(path.join(outDir, file), code);
    },
  };
}
