import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import { Observable } from 'rxjs';
import type { MatchPage, MatchQuery, Pathways, SkillGaps, WhyNot } from '@ponte/contracts';

/** Her precomputed matches, "why not", pathways and skill gaps (counsellors of her network). */
@Injectable({ providedIn: 'root' })
export class MatchesService {
  private readonly api = inject(ApiClient);

  list(profileId: string, query: MatchQuery): Observable<MatchPage> {
    return this.api.get<MatchPage>(`/profiles/${profileId}/matches`, {
      query: { ...query, contract: query.contract?.join(',') },
    });
  }

  whyNot(profileId: string, offerId: string): Observable<WhyNot> {
    return this.api.get<WhyNot>(`/profiles/${profileId}/matches/why-not/${offerId}`);
  }

  pathways(profileId: string, target: { offerId?: string; occupation?: string }): Observable<Pathways> {
    return this.api.get<Pathways>(`/profiles/${profileId}/pathways`, { query: { ...target } });
  }

  skillGaps(profileId: string, limit = 10): Observable<SkillGaps> {
    return this.api.get<SkillGaps>(`/profiles/${profileId}/skill-gaps`, { query: { limit } });
  }
}
