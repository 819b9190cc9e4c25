import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import remarkSiteRefs from './plugins/remark-site-refs';
import {localeCodes, localeInfo, locales, sourceLocale} from './src/i18n/locales';
import {siteAddress} from './src/i18n/siteAddress';

// Docusaurus loads this file once per locale; `title` and `tagline` are not translatable otherwise.
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? sourceLocale;
const {title, tagline} = localeInfo(currentLocale);
const {url, baseUrl} = siteAddress();

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
  future: {v4: true, faster: true},
  markdown: {
    format: 'detect',
    // `## Title {#id}` keeps anchors identical across languages; v4 mode turns this syntax off by default.
    mdx1Compat: {headingIds: true, comments: false, admonitions: false},
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
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
  ],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkSiteRefs],
          // A section's index.mdx is the category's own page (sidebars.ts), not an item inside it.
          async sidebarItemsGenerator({defaultSidebarItemsGenerator, ...args}) {
            const items = await defaultSidebarItemsGenerator(args);
            const indexId = `${args.item.dirName}/index`;
            return items.filter((item) => !(item.type === 'doc' && item.id === indexId));
          },
          showLastUpdateTime: false,
          showLastUpdateAuthor: false,
        } satisfies DocsOptions,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: null, priority: null, lastmod: null},
      } satisfies Preset.Options,
    ],
  ],
  plugins: ['./plugins/data-text/index.ts'],
  themes: [
    [
      // Offline search: the index is built with the site and queried in the browser, nothing is sent.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: 'filename',
        language: ['ru', 'en'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        explicitSearchResultPath: true,
        highlightSearchTermsOnTargetPage: false,
        searchBarShortcutHint: false,
        searchResultLimits: 8,
      },
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title,
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'doc', docId: 'history/index', label: 'История', position: 'left'},
        {type: 'doc', docId: 'activity/index', label: 'Деятельность', position: 'left'},
        {type: 'doc', docId: 'cases/index', label: 'Дела', position: 'left'},
        {type: 'doc', docId: 'glossary/index', label: 'Глоссарий', position: 'left'},
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
            {label: 'Источники', to: '/sources'},
          ],
        },
      ],
      copyright: 'Тексты сайта написаны по открытым источникам; каждый факт снабжён ссылкой.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
