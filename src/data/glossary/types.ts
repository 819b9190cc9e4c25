import type {SourceId} from '../sources';

export type GlossaryKind = 'organization' | 'institution' | 'person' | 'place' | 'term';

export interface GlossaryEntry {
  readonly id: string;
  readonly kind: GlossaryKind;
  /** Russian form, Cyrillic as the sources give it. */
  readonly ru: string;
  /** English form used on the English site. */
  readonly en: string;
  /** Other spellings readers search for, in either script. */
  readonly variants: readonly string[];
  readonly sources: readonly SourceId[];
}
