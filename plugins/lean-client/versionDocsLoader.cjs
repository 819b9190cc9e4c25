/**
 * Drops each page's description from the docs version's route data, which every doc page loads:
 * some 2 KiB gzip that only the theme's doc cards show, and no page has doc cards. A page's own
 * description, for its meta tags, comes with the page. CommonJS, because Rspack requires loaders
 * itself.
 */
module.exports = function dropDocDescriptions(source) {
  const data = JSON.parse(source);
  const docs = data.version && data.version.docs;
  if (!docs) return source;
  for (const doc of Object.values(docs)) delete doc.description;
  return JSON.stringify(data);
};
