// Modules searchWhenAsked.ts loads that ship without types: only what it uses.
declare module 'lunr' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import at the top
  const lunr: import('@site/plugins/search-on-demand/searchIndex').LunrLike;
  export default lunr;
}

// The search theme's generated settings (its generated-constants.js), loaded for what it does on
// loading: it installs lunr's languages as the theme's `language` option asks.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
