/**
 * Empties the docs version's map of pages in its route data, which every doc page loads: some
 * 1 KiB gzip of ids, titles and descriptions that only the theme's doc cards read, and no page has
 * doc cards (src/theme/DocCard stops the build if one ever does). The sidebar has its own titles;
 * a page's own description, for its meta tags, comes with the page. CommonJS, because Rspack
 * requires loaders itself.
 */
module.exports = function dropVersionDocs(source) {
  const data = JSON.parse(source);
  if (!data.version || !data.version.docs) return source;
  data.version.docs = {};
  return JSON.stringify(data);
};
