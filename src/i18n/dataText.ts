/**
 * The current locale's data text (glossary, cases, figures), which the data-text plugin ships as
 * global data, rendered through i18next: one translator per locale, made once.
 */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {TFunction} from 'i18next';
import {type DataTextGlobalData, dataTextPluginName} from '@site/plugins/data-text/globalData';
import {createTranslator} from './translator';

const translators = new Map<string, TFunction>();

export function useDataText(): DataTextGlobalData & {readonly t: TFunction} {
  const data = usePluginData(dataTextPluginName) as DataTextGlobalData;
  let t = translators.get(data.locale);
  if (!t) {
    t = createTranslator(data.locale, data.text);
    translators.set(data.locale, t);
  }
  return {...data, t};
}
