import type { PaginatedDocs } from './client.ts'
import type { DocumentRef, DocumentEvent } from './events.ts'
import type { FigureCollection } from './figures.ts'

/** A document as the record of changes names it. */
export type NamedDocument = {
  document: DocumentRef
  /** What the CMS titles it (a band's level, an FAQ's question), from its published version; null when none is left (deleted). */
  title: string | null
  /** Its slug (the site's address of it), when it has one. */
  slug: string | null
}

/** A figure of a band, role or stage that a publish changed, as the guide writes figures. */
export type FigureDiff = { figure: string; old: string; new: string }

/**
 * One entry of the public record of changes (`GET /api/content-changes`): a content event
 * of its own (not one caused by another document; those are its `alsoChanged`), with what
 * readers need to read it.
 */
export type ContentChange = Pick<DocumentEvent, 'sequence' | 'time' | 'change' | 'version'> &
  NamedDocument & {
    /**
     * For a band, role or stage published again: the figures that differ from its previous
     * published version, e.g. `{ figure: 'Base salary', old: '$210k-$270k', new: '$217k-$270k' }`.
     * Empty when no figure changed, or for a first publication.
     */
    figures: FigureDiff[]
    /** Where its figures come from and as of when (bands, roles, stages), from the published version. */
    source: string | null
    asOf: string | null
    /** The public documents whose answer changed because of it (they quote or show it). */
    alsoChanged: NamedDocument[]
    /**
     * The release it was published with (several documents published together, in one
     * commit): the entries of one release share it. Null for a publish of its own.
     */
    release: { id: number; title: string } | null
    /**
     * The moment just before the change (ISO 8601), to read the content as it was with
     * `asOf`: for an update or an unpublish. Null for a first publish (nothing before it) and
     * a deletion (a deleted document's versions go with it).
     */
    before: string | null
  }

/** A page of the record of changes, newest first. */
export type ContentChanges = PaginatedDocs<ContentChange> & {
  /** Per figure collection, when one of its documents last changed publicly; null if never (since the record began). */
  figuresUpdated: Record<FigureCollection, string | null>
}
