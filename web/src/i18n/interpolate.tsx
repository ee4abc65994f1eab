import { Fragment, type ReactNode } from 'react';
import { splitMessage } from './format-message';

interface InterpolateProps {
  /** A translated message with `{name}` placeholders, usually `t(key)`. */
  template: string;
  values: Readonly<Record<string, ReactNode>>;
}

/**
 * Renders a translated sentence with React elements (typically links) in its placeholders,
 * so word order and punctuation stay in the dictionary instead of being glued together in JSX.
 */
export function Interpolate({ template, values }: InterpolateProps) {
  const parts = splitMessage(template).map((part, index) => {
    const isPlaceholder = index % 2 === 1;
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one template never reorder
    return <Fragment key={index}>{isPlaceholder ? (values[part] ?? `{${part}}`) : part}</Fragment>;
  });
  return <>{parts}</>;
}
