/**
 * An Atom feed of the changelog per locale (`changes.atom` at the root of each locale's site), made
 * from the same entries as the "What's new" page (plugins/localized-data/changelog.ts), and a
 * `<link rel="alternate">` to it in the head of every page, where feed readers look for it.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import {changesFeedFile} from '../../src/data/changelog';
import type {LocaleTextFiles} from '../../src/data/validate';
import {localeInfo} from '../../src/i18n/locales';
import {createTranslator} from '../../src/i18n/translator';
import {typographyFor} from '../../src/i18n/typography';
import {changelogText} from '../localized-data/changelog';
import {dataTextPluginName} from '../localized-data/clientData';
import {atomFeed} from './atom';

/** The page the feed's entries point to (docs/whats-new.mdx). */
const whatsNewId = 'whats-new';

export default function changesFeedPlugin({siteConfig, baseUrl, i18n}: LoadContext): Plugin {
  const locale = i18n.currentLocale;
  const {title: siteTitle, tagline, htmlLang} = localeInfo(locale);
  const feedUrl = `${siteConfig.url}${baseUrl}${changesFeedFile}`;
  let feed: {readonly title: string; readonly xml: string} | undefined;
  return {
    name: 'nc-sos-changes-feed',
    allContentLoaded({allContent}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const whatsNew = docs.find((doc) => doc.id === whatsNewId);
      if (whatsNew === undefined) {
        throw new Error(`plugins/changes-feed: no page "${whatsNewId}" (docs/${whatsNewId}.mdx)`);
      }
      const text = allContent[dataTextPluginName]?.default as LocaleTextFiles;
      const t = createTranslator(locale, text, typographyFor(locale));
      const title = `${siteTitle}: ${whatsNew.title}`;
      feed = {
        title,
        xml: atomFeed({
          feedUrl,
          pageUrl: `${siteConfig.url}${whatsNew.permalink}`,
          origin: siteConfig.url,
          lang: htmlLang,
          title,
          subtitle: whatsNew.description,
          author: tagline,
          // A section's page is `/cases/` in the docs' data, `/cases` on the site (trailingSlash).
          changes: changelogText(
            locale,
            t,
            docs.map((doc) => ({
              ...doc,
              permalink: applyTrailingSlash(doc.permalink, {
                trailingSlash: siteConfig.trailingSlash,
                baseUrl,
              }),
            })),
          ),
        }),
      };
    },
    injectHtmlTags() {
      if (feed === undefined) throw new Error('plugins/changes-feed: the feed was not made');
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/atom+xml',
              title: feed.title,
              href: `${baseUrl}${changesFeedFile}`,
            },
          },
        ],
      };
    },
    async postBuild({outDir}) {
      if (feed === undefined) throw new Error('plugins/changes-feed: the feed was not made');
      await writeFile(path.join(outDir, changesFeedFile), feed.xml);
    },
  };
}
