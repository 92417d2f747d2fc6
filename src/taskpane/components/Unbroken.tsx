/**
 * Text in which dates (`2026-12-02`, `2026-12`), IDs (`RK-001`) and cell
 * references (`A2:J2`) never break across lines: a narrow pane wraps a line
 * at a hyphen, and `2026-` over `02-10` reads as two numbers (issue 14).
 * Everything else wraps as usual.
 */
import { makeStyles } from '@fluentui/react-components';
import { Fragment } from 'react';

const WHOLE = /\d{4}-\d{2}(?:-\d{2})?|[A-Za-z]+-\d+|\b[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?\b/g;

// Inline said outright: accessible names join inline runs without a space (jsdom's default style has no display).
const useStyles = makeStyles({ whole: { whiteSpace: 'nowrap', display: 'inline' } });

/** The text cut into plain runs and the tokens to keep whole, in order. */
export function wholeTokens(text: string): { readonly text: string; readonly whole: boolean }[] {
  const parts: { text: string; whole: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(WHOLE)) {
    const start = match.index;
    if (start > at) parts.push({ text: text.slice(at, start), whole: false });
    parts.push({ text: match[0], whole: true });
    at = start + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), whole: false });
  return parts;
}

export function Unbroken({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <>
      {wholeTokens(text).map((part, index) =>
        part.whole ? (
          <span key={index} className={styles.whole}>
            {part.text}
          </span>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
