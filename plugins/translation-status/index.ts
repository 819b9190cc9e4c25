/**
 * Tells readers and contributors where translations stand, at build time and without JavaScript:
 * a notice for each page of this locale whose translation is missing (Docusaurus would silently show
 * the Russian text) or older than its source, and a status page for contributors (`/translation-status`).
 */
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {pagesDir} from '../../scripts/lib/pages';
import {
  type LocaleReport,
  pageStatus,
  translationReport,
} from '../../scripts/lib/translationStatus';
import {sourceLocale} from '../../src/i18n/locales';
import {siteAddress} from '../../src/i18n/siteAddress';
import {
  type PageNotice,
  type TranslationStatusGlobalData,
  translationStatusPluginName,
} from './globalData';

const reportFile = 'translation-report.json';

export default function translationStatusPlugin(context: LoadContext): Plugin<LocaleReport[]> {
  const {siteDir, i18n, baseUrl} = context;
  const locale = i18n.currentLocale;
  return {
    name: translationStatusPluginName,
    getPathsToWatch: () => [`${siteDir}/docs/**/*.mdx`, `${siteDir}/i18n/**/*.{json,mdx}`],
    loadContent: () => translationReport(siteDir),
    async contentLoaded({content, actions}) {
      await actions.createData(reportFile, JSON.stringify(content));
      actions.addRoute({
        path: `${baseUrl}translation-status`,
        component: '@site/src/components/TranslationStatusPage',
        // By alias, not by the absolute path createData returns: the module map in every page's
        // code names each module as written here, and the build machine's folder must not show.
        modules: {report: `@generated/${translationStatusPluginName}/default/${reportFile}`},
        exact: true,
      });
    },
    async allContentLoaded({allContent, actions}) {
      const notices: Record<string, PageNotice> = {};
      if (locale !== sourceLocale) {
        const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
          DocsContent | undefined;
        const translatedDir = `@site/${pagesDir(locale)}/`;
        for (const doc of docsContent?.loadedVersions.flatMap((version) => version.docs) ?? []) {
          const translated = doc.source.startsWith(translatedDir);
          const page = doc.source.slice(
            (translated ? translatedDir : `@site/${pagesDir(sourceLocale)}/`).length,
          );
          const status = translated ? pageStatus(siteDir, locale, page) : 'missing';
          if (status === 'up-to-date') continue;
          const sourcePermalink = siteAddress().baseUrl + doc.permalink.slice(baseUrl.length);
          notices[doc.permalink] = {status, sourcePermalink};
        }
      }
      const data: TranslationStatusGlobalData = {notices};
      actions.setGlobalData(data);
    },
  };
}
