/**
 * The yearly figures' text, for their table and chart: the one data text with values to fill in
 * (counts, with Russian plural forms), so i18next renders it in the page. The data-text plugin
 * renders the text with nothing to fill in at build time.
 */
import data from '@generated/nc-sos-data-text/default/figures.json';
import type {TFunction} from 'i18next';
import {createTranslator} from './translator';

let translator: TFunction | undefined;

/** The translator is made once, the first time a page shows the figures. */
export function useFiguresText(): {readonly t: TFunction} {
  translator ??= createTranslator(data.locale, data.text);
  return {t: translator};
}
