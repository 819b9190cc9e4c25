/**
 * Every page says when its content was last checked against its sources: its front matter's
 * `last_reviewed: YYYY-MM-DD`, which this plugin checks and formats in the page's language at build
 * time, and exports as `lastReviewed` for src/theme/DocItem (src/components/LastReviewed shows it).
 * A missing or malformed date stops the build, naming the file.
 *
 * Why a date in front matter and not the date of the page's last commit: the date says when an
 * editor last compared the text with its sources, which a typo fix or a reformatting does not change
 * (while it does change the commit date); and a build from a tarball or a mirror has no git history.
 */
import type {ReviewDate} from '../src/components/LastReviewed/_utils';
import {formatSourceDate} from '../src/i18n/sourceDate';

export const reviewField = 'last_reviewed';

/** A calendar date written as YYYY-MM-DD; gray-matter (the build) reads it as a Date at UTC midnight. */
function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : undefined;
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // Rejects dates that do not exist (2026-02-30), which Date would roll over.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/**
 * The page's review date as YYYY-MM-DD, or a message for a contributor. A date after tomorrow is a
 * typo: nobody has reviewed a page in the future.
 */
export function reviewDateOf(
  frontMatter: Record<string, unknown>,
  today: Date = new Date(),
): {date: string} | {problem: string} {
  const value = frontMatter[reviewField];
  if (value === undefined) {
    return {
      problem: `front matter has no "${reviewField}: YYYY-MM-DD" (the day the page was last checked against its sources)`,
    };
  }
  const date = isoDate(value);
  if (date === undefined) {
    return {
      problem: `front matter "${reviewField}" is ${JSON.stringify(value)}, not a date written YYYY-MM-DD`,
    };
  }
  // A day's grace: an editor east of UTC may already be a day ahead.
  const latest = new Date(today.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  if (date > latest) {
    return {problem: `front matter "${reviewField}" is ${date}, a day still to come`};
  }
  return {date};
}

interface PageFile {
  readonly path?: string;
  readonly data: {readonly frontMatter?: Record<string, unknown>};
}

interface Root {
  readonly children: unknown[];
}

/** `export const lastReviewed = {"date": "…", "text": "…"}`, as MDX's compiler reads an export. */
function lastReviewedExport(value: ReviewDate) {
  const literal = (text: string) => ({type: 'Literal', value: text});
  const property = (key: keyof ReviewDate) => ({
    type: 'Property',
    key: literal(key),
    value: literal(value[key]),
    kind: 'init',
    method: false,
    shorthand: false,
    computed: false,
  });
  const declaration = {
    type: 'VariableDeclaration',
    kind: 'const',
    declarations: [
      {
        type: 'VariableDeclarator',
        id: {type: 'Identifier', name: 'lastReviewed'},
        init: {type: 'ObjectExpression', properties: [property('date'), property('text')]},
      },
    ],
  };
  const statement = {type: 'ExportNamedDeclaration', declaration, specifiers: [], source: null};
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {estree: {type: 'Program', sourceType: 'module', body: [statement]}},
  };
}

export default function remarkLastReviewed({locale}: {readonly locale: string}) {
  return (tree: Root, file: PageFile): void => {
    const review = reviewDateOf(file.data.frontMatter ?? {});
    if ('problem' in review) throw new Error(`${file.path ?? 'a page'}: ${review.problem}`);
    tree.children.push(
      lastReviewedExport({date: review.date, text: formatSourceDate(review.date, locale)}),
    );
  };
}
