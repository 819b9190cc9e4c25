/** All language-neutral data with the file each part lives in, as validation and the build need it. */
import {cases} from './cases';
import {changelog} from './changelog';
import {yearlyFigures} from './figures';
import {glossaryFiles} from './glossary';
import {sources} from './sources';
import type {SiteData} from './validate';

export const siteData: SiteData = {
  sources: {file: 'src/data/sources.ts', entries: sources},
  glossary: glossaryFiles,
  cases: {file: 'src/data/cases.ts', entries: cases},
  figures: {file: 'src/data/figures.ts', entries: yearlyFigures},
  changelog: {file: 'src/data/changelog.ts', entries: changelog},
};
