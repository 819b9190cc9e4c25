/** Modules the site's own plugins write into .docusaurus/ at build time (plugins/localized-data). */
declare module '@generated/nc-sos-data-text/default/glossary.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['glossary.json'];
  export default data;
}

/** One kind's glossary page (`glossary-person.json`), imported by that page. */
declare module '@generated/nc-sos-data-text/default/glossary-*.json' {
  import type {GlossaryKindPage} from '@site/plugins/localized-data/clientData';

  const data: GlossaryKindPage;
  export default data;
}

declare module '@generated/nc-sos-data-text/default/cases.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['cases.json'];
  export default data;
}

declare module '@generated/nc-sos-data-text/default/figures.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['figures.json'];
  export default data;
}

declare module '@generated/nc-sos-data-text/default/key-facts.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['key-facts.json'];
  export default data;
}

declare module '@generated/nc-sos-data-text/default/docs.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['docs.json'];
  export default data;
}

declare module '@generated/nc-sos-data-text/default/source-publishers.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['source-publishers.json'];
  export default data;
}

declare module '@generated/nc-sos-data-text/default/all-sources.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['all-sources.json'];
  export default data;
}

declare module '@generated/nc-sos-data-text/default/changelog.json' {
  import type {DataTextModules} from '@site/plugins/localized-data/clientData';

  const data: DataTextModules['changelog.json'];
  export default data;
}
