/**
 * Loads the per-language text of the typed data (glossary, cases, figures) for the locale being built,
 * validates it, and writes it as modules for the client (clientData.ts). Only the current locale's
 * text ships, and invalid data stops the build. i18next renders all of it here, at build time, for
 * the pages that show it and, in part, for each page that names a term (pageGlossary.ts): the
 * values it fills in (the figures' counts, with their plural forms) are data known at build time
 * too, so no page loads i18next (some 14 KiB gzip) or the raw text.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {cases} from '../../src/data/cases';
import {glossaryEntry, nameIn} from '../../src/data/glossary';
import {type FigureMeasure, figureMeasures, totalSince2017} from '../../src/data/figures';
import {sources} from '../../src/data/sources';
import type {LocaleTextFiles} from '../../src/data/validate';
import {alphabetical} from '../../src/i18n/alphabetical';
import {createTranslator} from '../../src/i18n/translator';
import {typographyFor} from '../../src/i18n/typography';
import {changelogText} from './changelog';
import {citedSource} from './citedSources';
import {loadLocaleText} from './load';
import {dataTextPluginName, type DataTextModules} from './clientData';
import {glossaryModules} from './glossaryGroups';
import {keyFactsText} from './keyFacts';
import {networkTotalsText} from './networkTotals';
import {pageGlossary, pageGlossaryModule, readDocTerms, termPages} from './pageGlossary';

export default function dataTextPlugin(context: LoadContext): Plugin<LocaleTextFiles> {
  const {siteDir, i18n} = context;
  const locale = i18n.currentLocale;
  return {
    name: dataTextPluginName,
    getPathsToWatch: () => [`${siteDir}/i18n/${locale}/data/*.json`],
    loadContent: () => loadLocaleText(siteDir, locale),
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const text = allContent[dataTextPluginName]?.default as LocaleTextFiles;
      const docTerms = await readDocTerms(siteDir, docs);
      // The locale's typography, as on the pages: this text reaches them without going through MDX.
      const t = createTranslator(locale, text, typographyFor(locale));
      // Sorted here, not in the browser: a collator for Russian costs a cheap phone some 50 ms.
      const byTitle = alphabetical(locale);
      const modules: DataTextModules = {
        ...glossaryModules(locale, t, termPages(docTerms)),
        'cases.json': Object.fromEntries(
          cases.map(({id, region}) => [
            id,
            {
              title: t(`cases.${id}.title`),
              summary: t(`cases.${id}.summary`),
              outcome: t(`cases.${id}.outcome`),
              region: nameIn(glossaryEntry(region), locale),
            },
          ]),
        ),
        'figures.json': {
          chartTitle: t('figures.chart_title'),
          chartDescription: t('figures.chart_description'),
          measures: Object.fromEntries(
            figureMeasures.map((measure) => [measure, t(`figures.measure_${measure}`)]),
          ) as Record<FigureMeasure, string>,
          note2022: t('figures.note_2022'),
          total: t('figures.total', {
            from: totalSince2017.from,
            to: totalSince2017.to,
            people: t('figures.people', {count: totalSince2017.helped}),
          }),
          network: networkTotalsText(locale, t),
        },
        'key-facts.json': keyFactsText(locale, t),
        'docs.json': docs
          .map(({permalink, title}) => ({permalink, title}))
          .sort((a, b) => byTitle(a.title, b.title)),
        'source-publishers.json': Object.fromEntries(
          sources.map(({id, publisher}) => [id, publisher]),
        ),
        'all-sources.json': sources.map((source) => citedSource(source, locale)),
        'changelog.json': changelogText(locale, t, docs),
      };
      await Promise.all([
        ...Object.entries(modules).map(([file, data]) =>
          actions.createData(file, JSON.stringify(data)),
        ),
        ...docTerms.map((page) =>
          actions.createData(
            pageGlossaryModule(page.file),
            JSON.stringify(pageGlossary(page, locale, t)),
          ),
        ),
      ]);
    },
  };
}
