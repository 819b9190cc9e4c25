import data from '@generated/nc-sos-data-text/default/cases.json';
import {textHook} from './dataText';

/** The cases' text, for the cases table. */
export const useCasesText = textHook(data);
