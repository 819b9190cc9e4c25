/**
 * Stands in for lunr-languages/lunr.ru.js in the browser bundle (see index.ts): installs the Russian
 * language, then folds ё into е. CommonJS, because the search theme loads it with require(lunr).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the theme require()s this file: it must be CommonJS */
const installRussian = require('lunr-languages/lunr.ru');
const {foldYoInRussianStemmer} = require('./foldYo');

module.exports = function installRussianFoldingYo(lunr) {
  installRussian(lunr);
  foldYoInRussianStemmer(lunr);
};
