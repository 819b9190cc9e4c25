/** The name of a heading's link to itself, read from what the heading holds (src/theme/Heading). */
import {createElement, Fragment} from 'react';
import {describe, expect, it} from 'vitest';
import {headingText} from '../../src/theme/Heading/_utils';

function Component(): null {
  return null;
}

describe('headingText', () => {
  it('reads text and numbers', () => {
    expect(headingText('Фонд «Сфера»')).toBe('Фонд «Сфера»');
    expect(headingText(2024)).toBe('2024');
  });
  it('reads the text of HTML elements and fragments, parts separated by a space', () => {
    const names = [
      createElement('span', {key: 'ru', lang: 'ru'}, 'Давид Истеев'),
      createElement('span', {key: 'en', lang: 'en'}, 'David Isteev'),
    ];
    expect(headingText(names)).toBe('Давид Истеев David Isteev');
    expect(
      headingText(createElement(Fragment, null, 'Дело ', createElement('em', null, 'Марем'))),
    ).toBe('Дело Марем');
  });
  it('gives up when a component renders part of the heading', () => {
    expect(headingText(['Дело ', createElement(Component, {key: 'c'}, 'Марем')])).toBe('');
  });
});
