/**
 * The search theme (@easyops-cn/docusaurus-search-local), wrapped: it is registered through this
 * module (docusaurus.config.ts `themes`), which changes three things and keeps the rest.
 *
 * - Its index is rewritten into shards after it builds it (writeShards.ts): the theme's single file
 *   (some 200 KiB gzip a language) made a reader's first search cost more than a page visit, and
 *   grew with every page (issue #19). The theme's file is deleted: nothing fetches it.
 * - The search page's helper module is replaced by one that searches those shards, and only once
 *   a reader searches (searchWhenAsked.ts); the theme fetches its index as the page opens, so a
 *   reader on a metered connection who lands there and leaves paid for it anyway (issue #8).
 * - The page's hook that keeps the words in the address is replaced (searchQueryInMemory.ts): the
 *   words must not stay in the tab's history and address bar (issue #18).
 *
 * The theme offers no option for any of them; Docusaurus runs plugins' postBuild side by side, so
 * the rewrite must follow the theme's own in one plugin, not come from a second one.
 */
import {readdir, readFile, rm, writeFile, mkdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import {replaceImport} from '../../lib/replaceImport';
import {searchIndexFolder} from '../../lib/searchPage';
import type {SerializedIndex} from './searchIndex';
import {shardIndex} from './writeShards';

const theme = createRequire(__filename)('@easyops-cn/docusaurus-search-local') as {
  default: PluginModule;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};

export const validateOptions = theme.validateOptions;

const searchPage = `${path.sep}SearchPage${path.sep}SearchPage.jsx`;
const standIns: Record<string, string> = {
  searchByWorker: path.join(__dirname, 'searchWhenAsked.ts'),
  useSearchQuery: path.join(__dirname, 'searchQueryInMemory.ts'),
};

/** Replaces the theme's index file in a locale's build folder by its shards. */
async function shardBuiltIndex(outDir: string): Promise<void> {
  const names = (await readdir(outDir)).filter((name) => /^search-index.*\.json$/.test(name));
  if (names.length !== 1)
    throw new Error(
      `${outDir}: ${names.length} search-index*.json written by the theme, expected 1`,
    );
  const themeFile = path.join(outDir, names[0] ?? '');
  const serialized = JSON.parse(await readFile(themeFile, 'utf8')) as SerializedIndex[];
  const target = path.join(outDir, searchIndexFolder);
  await rm(target, {recursive: true, force: true});
  for (const [name, text] of shardIndex(serialized)) {
    await mkdir(path.dirname(path.join(target, name)), {recursive: true});
    await writeFile(path.join(target, name), text);
  }
  await rm(themeFile);
}

export default async function searchOnDemandTheme(
  context: LoadContext,
  options: unknown,
): Promise<Plugin> {
  const wrapped = (await theme.default(context, options)) as Plugin;
  return {
    ...wrapped,
    async postBuild(props) {
      await wrapped.postBuild?.(props);
      await shardBuiltIndex(props.outDir);
    },
    configureWebpack(config, isServer, utils, content) {
      const own = wrapped.configureWebpack?.(config, isServer, utils, content) ?? {};
      if (isServer) return own;
      const plugins = Object.entries(standIns).flatMap(([module, standIn]) =>
        replaceImport(utils.currentBundler, {
          name: `plugins/search-on-demand: the search page’s ${module}`,
          request: new RegExp(`[\\\\/]${module}$`),
          issuer: (issuer) => issuer.endsWith(searchPage),
          standIn,
        }),
      );
      return {...own, plugins: [...(own.plugins ?? []), ...plugins]};
    },
  };
}
