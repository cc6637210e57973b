import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { PERMISSIONS, type OrganisationKind } from '@ponte/domain';
import { ApiClient, ApiProblem, SessionStore } from '@ponte/ui';
import { Observable, tap } from 'rxjs';
import type { CatalogueKind, OrganisationView } from '@ponte/contracts';

/** Which kinds of organisation publish what (API: catalogue-lifecycle.service.ts). */
export const PUBLISHER_KINDS: Record<CatalogueKind, readonly OrganisationKind[]> = {
  offer: ['company', 'union'],
  course: ['training_body', 'union'],
};

/**
 * The signed-in user's organisation (`GET /api/organisations/mine`): its kind decides
 * whether it publishes offers, courses or both; its status whether it may publish at all.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationStore {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  readonly organisation = signal<OrganisationView | null>(null);
  readonly problem = signal<ApiProblem | null>(null);
  readonly kind = computed(() => this.organisation()?.kind ?? null);

  constructor() {
    effect(() => {
      const user = this.session.user();
      untracked(() => {
        this.organisation.set(null);
        if (user?.permissions.includes(PERMISSIONS.OFFERS_READ)) this.reload().subscribe({ error: () => undefined });
      });
    });
  }

  reload(): Observable<OrganisationView> {
    this.problem.set(null);
    return this.api.get<OrganisationView>('/organisations/mine').pipe(
      tap({
        next: (organisation) => this.organisation.set(organisation),
        error: (problem: ApiProblem) => this.problem.set(problem),
      }),
    );
  }

  /** Unknown while loading: then both areas stay visible. */
  publishes(kind: CatalogueKind): boolean {
    const mine = this.kind();
    return mine === null || PUBLISHER_KINDS[kind].includes(mine);
  }
}
