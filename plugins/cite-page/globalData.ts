/** What the cite-page plugin hands to the client. Pure module: the browser bundle imports it. */
export const citePagePluginName = 'nc-sos-cite-page';

export interface CitePageGlobalData {
  /** Address of the cite script in this locale's build (`/assets/js/cite.<hash>.js`). */
  readonly script: string;
}
