import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {crossLocaleLink} from './plugins/cross-locale-links';
import remarkEntryIds from './plugins/remark-entry-ids';
import remarkLastReviewed from './plugins/remark-last-reviewed';
import remarkPageGlossary from './plugins/remark-page-glossary';
import remarkSiteRefs from './plugins/remark-site-refs';
import remarkTypography from './plugins/remark-typography';
import {searchSkipSelector} from './src/components/searchSkip';
import {withTranslationNotice} from './plugins/translation-status/frontMatter';
import {configLocale, localeCodes, localeInfo, locales, sourceLocale} from './src/i18n/locales';
import {siteAddress} from './src/i18n/siteAddress';

// Docusaurus loads this file once per locale; `title` and `tagline` are not translatable otherwise.
const currentLocale = configLocale();
const {title, tagline} = localeInfo(currentLocale);
const {url, baseUrl} = siteAddress();

const noScriptPhoneCss = `@media (max-width: 996px) {
  .theme-doc-sidebar-container { order: 2; }
  .main-wrapper > div > div:has(> .theme-doc-sidebar-container) { flex-direction: column; }
  .theme-doc-sidebar-container { display: block !important; width: 100% !important; border: 0 !important; }
  .theme-doc-sidebar-container > div { position: static !important; height: auto !important; }
  .navbar__items--right > .navbar__item.dropdown { display: inline-block; }
}`.replace(/\s+/g, ' ');

const config: Config = {
  title,
  tagline,
  url,
  baseUrl,
  favicon: 'img/favicon.svg',
  trailingSlash: false,
  noIndex: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Its hidden banner, for a base URL that does not match the address, links to docusaurus.io.
  baseUrlIssueBanner: false,
  future: {v4: true, faster: true},
  // The colour theme (and anything else the theme remembers) lives only as long as the tab:
  // localStorage stays on disk after the reader clears the history (issue #18). The inline script
  // that sets the theme before the first paint reads the same storage, so the page does not flash.
  storage: {type: 'sessionStorage'},
  markdown: {
    format: 'detect',
    // Headings name their ids in MDX comments, `## Title {/* #id */}`: with `future.v4` every MDX 1
    // syntax (`{#id}`, HTML comments, admonitions) is off, and a `{#id}` heading fails to compile.
    // Each translated page's notice (missing or outdated translation), in its own metadata.
    parseFrontMatter: withTranslationNotice(__dirname, currentLocale),
    hooks: {
      // Throws, like 'throw', unless the link names an untranslated page (plugins/cross-locale-links.ts).
      onBrokenMarkdownLinks: ({sourceFilePath, url}) =>
        crossLocaleLink(__dirname, sourceFilePath, url),
      onBrokenMarkdownImages: 'throw',
    },
  },
  i18n: {
    defaultLocale: sourceLocale,
    locales: localeCodes,
    localeConfigs: Object.fromEntries(
      Object.entries(locales).map(([code, info]) => [
        code,
        {label: info.label, htmlLang: info.htmlLang},
      ]),
    ),
  },
  headTags: [
    // Links to other sites must not tell them which page a reader came from.
    {tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}},
    // Without JavaScript the phone menu cannot open: show the sidebar and the language switch instead.
    {tagName: 'noscript', attributes: {}, innerHTML: `<style>${noScriptPhoneCss}</style>`},
  ],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // Before Docusaurus's own, so that the table of contents gets the same non-breaking spaces.
          beforeDefaultRemarkPlugins: [[remarkTypography, {locale: currentLocale}]],
          remarkPlugins: [
            remarkSiteRefs,
            remarkPageGlossary,
            remarkEntryIds,
            [remarkLastReviewed, {locale: currentLocale}],
          ],
          // A section's index.mdx is the category's own page (sidebars.ts), not an item inside it.
          async sidebarItemsGenerator({defaultSidebarItemsGenerator, ...args}) {
            const items = await defaultSidebarItemsGenerator(args);
            const indexId = `${args.item.dirName}/index`;
            return items.filter((item) => !(item.type === 'doc' && item.id === indexId));
          },
          showLastUpdateTime: false,
          showLastUpdateAuthor: false,
        } satisfies DocsOptions,
        // Only what the site uses: docs, pages (the home page, src/pages/index.tsx), the theme and the
        // sitemap. No blog; no debug pages under `npm start`; no SVGR, since no code imports an SVG
        // (the logo and icons are files or inline markup). Analytics (googleAnalytics, gtag,
        // googleTagManager) stay unset: each would send readers' visits to Google.
        blog: false,
        debug: false,
        svgr: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/print.css']},
        sitemap: {changefreq: null, priority: null, lastmod: null},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    './plugins/localized-data/index.ts',
    './plugins/data-downloads/index.ts',
    './plugins/cite-page/index.ts',
    './plugins/changes-feed/index.ts',
    './plugins/translation-status/index.ts',
    './plugins/security-headers/index.ts',
    './plugins/workarounds/bundle-cuts/index.ts',
    './plugins/workarounds/search-yo-folding/index.ts',
    './plugins/workarounds/ssr-nul-bytes/index.ts',
  ],
  themes: [
    [
      // Offline search: the index is built with the site and queried in the browser, nothing is
      // sent. The search theme (@easyops-cn/docusaurus-search-local), wrapped to shard its index.
      './plugins/search-on-demand/index.ts',
      {
        language: ['ru', 'en'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        explicitSearchResultPath: true,
        highlightSearchTermsOnTargetPage: false,
        searchBarShortcutHint: false,
        searchResultLimits: 8,
        // Term tooltips repeat glossary descriptions on every page: indexing them quadrupled the index.
        // A page's list of names and its sources are not its text (src/components/searchSkip.ts).
        ignoreCssSelectors: ['[role="tooltip"]', searchSkipSelector],
      },
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // No page highlights code, but the theme's default colour scheme would still ship in the site
    // config that the search page loads.
    prism: {theme: {plain: {}, styles: []}},
    navbar: {
      title,
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        // Plain links, each active within its own section: a `doc` item is active on every page of
        // its sidebar, and all four sections share one sidebar.
        {to: '/history', activeBasePath: '/history', label: 'История', position: 'left'},
        {to: '/activity', activeBasePath: '/activity', label: 'Деятельность', position: 'left'},
        {to: '/cases', activeBasePath: '/cases', label: 'Дела', position: 'left'},
        {to: '/glossary', activeBasePath: '/glossary', label: 'Глоссарий', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Справочник',
          items: [
            {label: 'О СК SOS', to: '/about'},
            {label: 'Хронология', to: '/history/timeline'},
            {label: 'Глоссарий', to: '/glossary'},
            {label: 'Источники', to: '/sources'},
          ],
        },
        {
          title: 'Читателям',
          items: [
            {label: 'Безопасность и быстрый выход', to: '/safety'},
            {label: 'Указатель страниц', to: '/glossary/a-z'},
          ],
        },
        {
          title: 'Участникам',
          items: [{label: 'Состояние переводов', to: '/translation-status'}],
        },
      ],
      copyright:
        'Тексты написаны по опубликованным источникам, у каждого факта есть ссылка. Сайт не ставит cookies и не обращается к сторонним сервисам.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
