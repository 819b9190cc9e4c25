import i18next, {type TFunction} from 'i18next';

/**
 * An i18next `t` over one locale's resources, ready at once: synchronous init, no language detection,
 * so the same text comes out on the server and in the browser's first render. `finish`, if given,
 * runs on every string `t` returns (the locale's typography, src/i18n/typography.ts), after the
 * values are filled in.
 */
export function createTranslator(
  locale: string,
  resources: object,
  finish?: (text: string) => string,
): TFunction {
  const instance = i18next.createInstance();
  if (finish) {
    instance.use({
      type: 'postProcessor',
      name: 'finish',
      process: (value: string) => finish(value),
    });
  }
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: {[locale]: {translation: resources}},
    initAsync: false,
    // i18next otherwise prints an advertisement to every reader's console.
    showSupportNotice: false,
    // React escapes what it renders; escaping here too would show &quot; to readers.
    interpolation: {escapeValue: false},
    ...(finish ? {postProcess: ['finish']} : {}),
  });
  return instance.t;
}
