import i18next, {type TFunction} from 'i18next';

/**
 * An i18next `t` over one locale's resources, ready at once: synchronous init, no language detection,
 * so the same text comes out on the server and in the browser's first render.
 */
export function createTranslator(locale: string, resources: object): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: {[locale]: {translation: resources}},
    initAsync: false,
    // i18next otherwise prints an advertisement to every reader's console.
    showSupportNotice: false,
    // React escapes what it renders; escaping here too would show &quot; to readers.
    interpolation: {escapeValue: false},
  });
  return instance.t;
}
