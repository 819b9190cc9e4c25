import data from '@generated/nc-sos-data-text/default/figures.json';
import {textHook} from './dataText';

/** The yearly figures' text, for their table and chart. */
export const useFiguresText = textHook(data);
