/**
 * ё and е as one letter in the Russian search: most Russian text and most readers write е for ё, the
 * site writes ё («Сёстры из Дагестана»), and lunr's Russian stemmer treats them as different letters.
 * The stemmer is wrapped to read ё as е, under its own name, so that an index built with it and
 * loaded in the browser by that name runs the same code on both sides.
 */

export interface LunrToken {
  update(fn: (text: string) => string): LunrToken;
}
type PipelineFunction = ((token: LunrToken, ...rest: unknown[]) => LunrToken | undefined) & {
  label?: string;
};
/** The part of lunr, with lunr-languages' Russian installed, that this module touches. */
export interface LunrWithRussian {
  ru: {stemmer: PipelineFunction};
  Pipeline: {registeredFunctions: Record<string, PipelineFunction>};
}

const stemmerLabel = 'stemmer-ru';

export function foldYoInRussianStemmer(lunr: LunrWithRussian): void {
  const stem = lunr.ru.stemmer;
  const stemFoldingYo: PipelineFunction = (token, ...rest) =>
    stem(
      token.update((text) => text.replace(/ё/g, 'е')),
      ...rest,
    );
  stemFoldingYo.label = stemmerLabel;
  // Assigned, not registerFunction(): that would warn of an overwrite in every reader's console.
  lunr.Pipeline.registeredFunctions[stemmerLabel] = stemFoldingYo;
  lunr.ru.stemmer = stemFoldingYo;
}
