import { Injectable, inject } from '@angular/core';
import type { FollowUpOutcome, ProposalKind, ProposalState } from '@ponte/domain';
import { ApiClient } from '@ponte/ui';
import type { CounsellorProposal, CounsellorProposalSummary, Page, ProposalMove, ShortlistEntry } from '@ponte/contracts';
import { Observable } from 'rxjs';

/** Her shortlist and the proposals of the counsellor's networks. */
@Injectable({ providedIn: 'root' })
export class ProposalsService {
  private readonly api = inject(ApiClient);

  shortlist(profileId: string, kind?: ProposalKind): Observable<Page<ShortlistEntry>> {
    return this.api.get<Page<ShortlistEntry>>(`/profiles/${profileId}/shortlist`, {
      query: { pageSize: 100, kind },
    });
  }

  addToShortlist(
    profileId: string,
    body: { kind: ProposalKind; targetId: string; source: 'match' | 'search'; note?: string },
  ): Observable<{ id: string }> {
    return this.api.post<{ id: string }>(`/profiles/${profileId}/shortlist`, body);
  }

  removeFromShortlist(profileId: string, entryId: string): Observable<void> {
    return this.api.delete<void>(`/profiles/${profileId}/shortlist/${entryId}`);
  }

  propose(profileId: string, shortlistEntryId: string, coverMessage?: string): Observable<{ id: string }> {
    return this.api.post<{ id: string }>(`/profiles/${profileId}/proposals`, {
      shortlistEntryId,
      ...(coverMessage ? { coverMessage } : {}),
    });
  }

  list(query: {
    page: number;
    pageSize: number;
    profileId?: string;
    state?: ProposalState;
    kind?: ProposalKind;
  }): Observable<Page<CounsellorProposalSummary>> {
    return this.api.get<Page<CounsellorProposalSummary>>('/proposals', { query });
  }

  get(id: string): Observable<CounsellorProposal> {
    return this.api.get<CounsellorProposal>(`/proposals/${id}`);
  }

  move(id: string, move: ProposalMove): Observable<CounsellorProposal> {
    return this.api.post<CounsellorProposal>(`/proposals/${id}/transitions`, move);
  }

  recordDisclosure(id: string): Observable<CounsellorProposal> {
    return this.api.post<CounsellorProposal>(`/proposals/${id}/disclosure`);
  }

  recordFollowUp(id: string, months: 3 | 6, outcome: FollowUpOutcome): Observable<CounsellorProposal> {
    return this.api.post<CounsellorProposal>(`/proposals/${id}/follow-ups`, { months, outcome });
  }
}
