import type DocCardType from '@theme/DocCard';
import type {ComponentProps, ReactNode} from 'react';
import {leftOut} from '../leftOut';

/** No page shows doc cards, whose styles the build leaves out (plugins/workarounds/bundle-cuts/leftOutCss.ts). */
export default function DocCard({item}: ComponentProps<typeof DocCardType>): ReactNode {
  return leftOut('DocCard', `a doc card for ${'href' in item ? item.href : item.type}`);
}
