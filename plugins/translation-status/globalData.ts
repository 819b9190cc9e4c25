/** What the translation-status plugin hands to the client. Pure module: the browser bundle imports it. */
export const translationStatusPluginName = 'nc-sos-translation-status';

export interface PageNotice {
  readonly status: 'outdated' | 'missing';
  /** The Russian original of the page. */
  readonly sourcePermalink: string;
}

export interface TranslationStatusGlobalData {
  /** Pages of this locale whose translation is missing or older than its source, by permalink. */
  readonly notices: Readonly<Record<string, PageNotice>>;
}
