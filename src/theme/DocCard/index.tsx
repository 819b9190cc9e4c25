import type DocCardType from '@theme/DocCard';
import type {ComponentProps, ReactNode} from 'react';
import {leftOut} from '../leftOut';

/**
 * No page shows doc cards, and the browser gets the docs version without the pages they read
 * (plugins/lean-client/versionDocsLoader.cjs).
 */
export default function DocCard({item}: ComponentProps<typeof DocCardType>): ReactNode {
  return leftOut('DocCard', `a doc card for ${'href' in item ? item.href : item.type}`);
}
