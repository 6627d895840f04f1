import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

import { FigureBlock } from '../figures/block'

/**
 * Every rich-text field's editor offers exactly what the site renders (fields/siteHtml.ts),
 * clean under its CSP (`style-src 'self'`, no inline styles). Payload's defaults minus:
 * underline and strikethrough, alignment, indentation and checklists (their HTML carries
 * style attributes the CSP blocks), and links to other documents as blocks (Relationship:
 * the site has no rendering for them). Headings start at h2: h1 is the page's own title.
 */
export const richTextEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    SubscriptFeature(),
    SuperscriptFeature(),
    InlineCodeFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    // Images only (Media accepts no other files); the site serves them (fields/siteHtml.ts).
    UploadFeature(),
    InlineToolbarFeature(),
    // A toolbar always in view, and the inline Figure element that quotes a band, role or
    // stage (figures/block.ts).
    FixedToolbarFeature(),
    BlocksFeature({ inlineBlocks: [FigureBlock] }),
  ],
})
