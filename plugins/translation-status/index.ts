/**
 * Tells contributors where translations stand: a status page (`/translation-status`) with the same
 * report as `npm run translations:status`. The readers' notice on each page that is missing or
 * older than its source is written into that page's front matter (`frontMatter.ts`).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {type LocaleReport, translationReport} from '../../lib/translationStatus';

const pluginName = 'nc-sos-translation-status';
const reportFile = 'translation-report.json';

export default function translationStatusPlugin(context: LoadContext): Plugin<LocaleReport[]> {
  const {siteDir, baseUrl} = context;
  return {
    name: pluginName,
    getPathsToWatch: () => [`${siteDir}/docs/**/*.mdx`, `${siteDir}/i18n/**/*.{json,mdx}`],
    loadContent: () => translationReport(siteDir),
    async contentLoaded({content, actions}) {
      await actions.createData(reportFile, JSON.stringify(content));
      actions.addRoute({
        path: `${baseUrl}translation-status`,
        component: '@site/src/components/TranslationStatusPage',
        // By alias, not by the absolute path createData returns: the module map in every page's
        // code names each module as written here, and the build machine's folder must not show.
        modules: {report: `@generated/${pluginName}/default/${reportFile}`},
        exact: true,
      });
    },
  };
}
