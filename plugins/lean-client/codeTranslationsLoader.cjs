/**
 * Drops from the theme's strings, which every page loads, those of the parts this site does not
 * show (the `drop` option: id prefixes, leftOutStrings.ts): some 1 KiB gzip of blog, admonition,
 * code block, version and tag strings. CommonJS, because Rspack requires loaders itself.
 */
module.exports = function dropLeftOutStrings(source) {
  const {drop} = this.getOptions();
  const strings = JSON.parse(source);
  const kept = Object.entries(strings).filter(
    ([id]) => !drop.some((prefix) => id.startsWith(prefix)),
  );
  return JSON.stringify(Object.fromEntries(kept));
};
