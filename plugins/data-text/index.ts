/**
 * Loads the per-language text of the typed data (glossary, cases, figures) for the locale being built,
 * validates it, and writes it as modules for the client (clientData.ts). Only the current locale's
 * text ships, and invalid data stops the build. The glossary's and the cases' text have nothing to
 * fill in: i18next renders them here, at build time, for the pages that show them and, in part, for
 * each page that names a term (pageGlossary.ts). The figures' text, with counts and plural forms,
 * is rendered by i18next in the page (src/i18n/figuresText.ts).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {cases} from '../../src/data/cases';
import {glossary, type TermId} from '../../src/data/glossary';
import type {LocaleTextFiles} from '../../src/data/validate';
import {alphabetical} from '../../src/i18n/alphabetical';
import {createTranslator} from '../../src/i18n/translator';
import {loadLocaleText} from './load';
import {dataTextPluginName, type DataTextModules} from './clientData';
import {glossaryGroups} from './glossaryGroups';
import {
  pageGlossary,
  pageGlossaryModule,
  readDocTerms,
  termDescription,
  termPages,
} from './pageGlossary';

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
      const t = createTranslator(locale, {glossary: text.glossary, cases: text.cases});
      // Sorted here, not in the browser: a collator for Russian costs a cheap phone some 50 ms.
      const byTitle = alphabetical(locale);
      const modules: DataTextModules = {
        'glossary.json': {
          groups: glossaryGroups(locale),
          // Made from the whole glossary, so every id is there; fromEntries cannot know it.
          descriptions: Object.fromEntries(
            glossary.map(({id}) => [id, termDescription(id, t)]),
          ) as Record<TermId, string>,
          termPages: termPages(docTerms),
        },
        'cases.json': Object.fromEntries(
          cases.map(({id}) => [
            id,
            {
              title: t(`cases.${id}.title`),
              summary: t(`cases.${id}.summary`),
              outcome: t(`cases.${id}.outcome`),
            },
          ]),
        ),
        'figures.json': {locale, text: {figures: text.figures}},
        'docs.json': docs
          .map(({permalink, title}) => ({permalink, title}))
          .sort((a, b) => byTitle(a.title, b.title)),
      };
      await Promise.all([
        ...Object.entries(modules).map(([file, data]) =>
          actions.createData(file, JSON.stringify(data)),
        ),
        ...docTerms.map((page) =>
          actions.createData(pageGlossaryModule(page.file), JSON.stringify(pageGlossary(page, t))),
        ),
      ]);
    },
  };
}
