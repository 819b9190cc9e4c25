/**
 * The current locale's data text (glossary, cases, figures), which the data-text plugin writes for
 * the locale being built, rendered through i18next: one translator, made once.
 */
import data from '@generated/nc-sos-data-text/default/data-text.json';
import type {TFunction} from 'i18next';
import type {DataTextClientData} from '@site/plugins/data-text/clientData';
import {createTranslator} from './translator';

let translator: TFunction | undefined;

export function useDataText(): DataTextClientData & {readonly t: TFunction} {
  translator ??= createTranslator(data.locale, data.text);
  return {...data, t: translator};
}
