/** Modules the site's own plugins write into .docusaurus/ at build time. */
declare module '@generated/nc-sos-data-text/default/data-text.json' {
  import type {DataTextClientData} from '@site/plugins/data-text/clientData';

  const data: DataTextClientData;
  export default data;
}
