/**
 * The current locale's data text that has values to fill in (the figures: counts, with Russian plural
 * forms), which the data-text plugin writes for the locale being built (plugins/data-text/clientData.ts),
 * rendered through i18next in the page. Text with nothing to fill in is rendered at build time.
 */
import type {TFunction} from 'i18next';
import {createTranslator} from './translator';

/**
 * A hook that renders one text module, its translator made once, the first time a page needs it.
 * Each module is imported by the components that show it, so that a page loads only its own text.
 */
export function textHook<Module extends {readonly locale: string; readonly text: object}>(
  module: Module,
): () => Module & {readonly t: TFunction} {
  let translator: TFunction | undefined;
  return () => {
    translator ??= createTranslator(module.locale, module.text);
    return {...module, t: translator};
  };
}
