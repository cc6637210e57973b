import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import type { Page, PartnerProposal, PartnerProposalSummary, ProposalMove } from '@ponte/contracts';
import { Observable } from 'rxjs';

/** Candidates proposed to the organisation (`/api/partner/proposals`) and its answers. */
@Injectable({ providedIn: 'root' })
export class ProposalsService {
  private readonly api = inject(ApiClient);

  list(query: { page: number; state?: string | null; offerId?: string | null; courseId?: string | null }): Observable<Page<PartnerProposalSummary>> {
    return this.api.get<Page<PartnerProposalSummary>>('/partner/proposals', { query: { ...query, pageSize: 10 } });
  }

  /** The first read marks a new proposal as viewed. */
  get(id: string): Observable<PartnerProposal> {
    return this.api.get<PartnerProposal>(`/partner/proposals/${id}`);
  }

  move(id: string, move: ProposalMove): Observable<PartnerProposal> {
    return this.api.post<PartnerProposal>(`/partner/proposals/${id}/transitions`, move);
  }
}
