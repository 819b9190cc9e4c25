/**
 * Loads the per-language text of the typed data (glossary, cases, figures) for the locale being built,
 * validates it, and writes it as a module for the client, where i18next renders it
 * (src/i18n/dataText.ts). Only the current locale's text ships, and invalid data stops the build.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {LocaleTextFiles} from '../../src/data/validate';
import {loadLocaleText} from './load';
import {type DataTextClientData, dataTextFile, dataTextPluginName} from './clientData';
import {collectTermPages} from './termPages';

export default function dataTextPlugin(context: LoadContext): Plugin<LocaleTextFiles> {
  const {siteDir, i18n} = context;
  return {
    name: dataTextPluginName,
    getPathsToWatch: () => [`${siteDir}/i18n/${i18n.currentLocale}/data/*.json`],
    loadContent: () => loadLocaleText(siteDir, i18n.currentLocale),
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const text = allContent[dataTextPluginName]?.default as LocaleTextFiles;
      const data: DataTextClientData = {
        locale: i18n.currentLocale,
        text,
        termPages: await collectTermPages(siteDir, docs),
        docs: docs.map(({permalink, title}) => ({permalink, title})),
      };
      await actions.createData(dataTextFile, JSON.stringify(data));
    },
  };
}
