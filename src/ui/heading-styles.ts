import { makeStaticStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * Headings in Fluent's type ramp. Left alone they inherit the provider's 20 px line height at the
 * browser's 2em and 1.5em sizes, so a long token name wrapped onto lines that overlap each other.
 * Where a heading sets its own size, it sets its own line height too.
 */
export const useHeadingStyles = makeStaticStyles({
  h1: { ...typographyStyles.title2 },
  'h2, h3': { lineHeight: tokens.lineHeightBase500 },
});
