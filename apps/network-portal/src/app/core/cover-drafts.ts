import { Injectable, effect, inject } from '@angular/core';
import { SessionStore } from '@ponte/ui';

/**
 * Cover messages being written, kept while the counsellor records a missing consent and comes
 * back (issue 21: the detour lost them). In memory only, per shortlist entry: a cover message
 * is free text about a woman, and nothing about her goes into browser storage, where it would
 * outlive the session on a shared workstation. Cleared when sent or cancelled, and at sign-out.
 */
@Injectable({ providedIn: 'root' })
export class CoverDrafts {
  private readonly drafts = new Map<string, string>();

  constructor() {
    const session = inject(SessionStore);
    effect(() => {
      if (!session.isAuthenticated()) this.drafts.clear();
    });
  }

  get(entryId: string): string {
    return this.drafts.get(entryId) ?? '';
  }

  set(entryId: string, text: string): void {
    if (text.trim()) this.drafts.set(entryId, text);
    else this.drafts.delete(entryId);
  }

  clear(entryId: string): void {
    this.drafts.delete(entryId);
  }
}
