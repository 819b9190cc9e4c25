import data from '@generated/nc-sos-data-text/default/glossary.json';
import {textHook} from './dataText';

/** The glossary's text and the pages each term appears on: `<Term>`, the glossary, page names. */
export const useGlossaryText = textHook(data);
