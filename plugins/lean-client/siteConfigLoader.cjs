/**
 * Drops from the site config that every page loads (Docusaurus writes all of it to
 * `.docusaurus/docusaurus.config.mjs` as `export default <JSON>;`) the settings only the build reads
 * (the `drop` option), such as the page template (plugins/paint-first.ts), 1.4 KB of text.
 * CommonJS, because Rspack requires loaders itself.
 */
module.exports = function dropBuildOnlySettings(source) {
  const {drop} = this.getOptions();
  const match = /^([\s\S]*?export default )([\s\S]*);\s*$/.exec(source);
  if (!match)
    throw new Error(`${this.resourcePath}: not the \`export default <JSON>;\` it expects`);
  const kept = Object.entries(JSON.parse(match[2])).filter(([key]) => !drop.includes(key));
  return `${match[1]}${JSON.stringify(Object.fromEntries(kept))};\n`;
};
