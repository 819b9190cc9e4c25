/**
 * The current locale's data text, which the data-text plugin writes for the locale being built (one
 * module per text file, plugins/data-text/clientData.ts), rendered through i18next.
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
