import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import type {
  InformationRequest,
  OrganisationSummary,
  OrganisationView,
  Page,
  VettingDecision,
  VettingDecisionView,
  VettingQueueItem,
} from '@ponte/contracts';
import { Observable } from 'rxjs';

/** Coordinators: the vetting queue, every organisation, decisions with reasons. */
@Injectable({ providedIn: 'root' })
export class VettingService {
  private readonly api = inject(ApiClient);

  queue(page: number, pageSize = 20): Observable<Page<VettingQueueItem>> {
    return this.api.get<Page<VettingQueueItem>>('/vetting/queue', { query: { page, pageSize } });
  }

  organisations(query: {
    page: number;
    pageSize: number;
    status?: string;
    kind?: string;
    q?: string;
  }): Observable<Page<OrganisationSummary>> {
    return this.api.get<Page<OrganisationSummary>>('/organisations', { query });
  }

  organisation(id: string): Observable<OrganisationView> {
    return this.api.get<OrganisationView>(`/organisations/${id}`);
  }

  askInformation(id: string, question: string): Observable<InformationRequest> {
    return this.api.post<InformationRequest>(`/organisations/${id}/information-requests`, { question });
  }

  decide(id: string, decision: VettingDecision, reason: string): Observable<VettingDecisionView> {
    return this.api.post<VettingDecisionView>(`/organisations/${id}/vetting-decisions`, {
      decision,
      reason,
    });
  }
}
