import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { TokenPatch } from './token-fields';

/** A change an admin makes to many tokens at once. */
export type BulkEdit =
  | { kind: 'automaticallyUpdateApps'; on: boolean }
  | { kind: 'countryOrRegion'; code: string }
  | { kind: 'addScopeTag'; tag: string }
  | { kind: 'removeScopeTag'; tag: string };

/**
 * The PATCH for one token, from what the screen shows for it now; `{}` when the token already is as
 * asked, so it costs no request. Scope tags are a collection, so the whole new list is sent.
 */
export function bulkPatch(edit: BulkEdit, token: VppToken): TokenPatch {
  switch (edit.kind) {
    case 'automaticallyUpdateApps':
      return token.automaticallyUpdateApps === edit.on ? {} : { automaticallyUpdateApps: edit.on };
    case 'countryOrRegion': {
      const code = edit.code.trim().toLowerCase();
      return token.countryOrRegion?.toLowerCase() === code ? {} : { countryOrRegion: code };
    }
    case 'addScopeTag': {
      const tags = token.roleScopeTagIds ?? [];
      return tags.includes(edit.tag) ? {} : { roleScopeTagIds: [...tags, edit.tag] };
    }
    case 'removeScopeTag': {
      const tags = token.roleScopeTagIds ?? [];
      return tags.includes(edit.tag) ? { roleScopeTagIds: tags.filter((t) => t !== edit.tag) } : {};
    }
  }
}

/** What the progress panel calls the change, in the admin's words. */
export function describeBulkEdit(edit: BulkEdit): string {
  switch (edit.kind) {
    case 'automaticallyUpdateApps':
      return edit.on ? 'Turn automatic app updates on' : 'Turn automatic app updates off';
    case 'countryOrRegion':
      return `Set country or region to ${edit.code.toUpperCase()}`;
    case 'addScopeTag':
      return `Add scope tag ${edit.tag}`;
    case 'removeScopeTag':
      return `Remove scope tag ${edit.tag}`;
  }
}
