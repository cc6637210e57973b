import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import { Observable } from 'rxjs';
import type { Indicators, IndicatorsQuery } from '@ponte/contracts';

/** Anonymised indicators and their exports (coordinators; small cells never leave the API). */
@Injectable({ providedIn: 'root' })
export class IndicatorsService {
  private readonly api = inject(ApiClient);

  read(query: IndicatorsQuery): Observable<Indicators> {
    return this.api.get<Indicators>('/indicators', { query: { ...query } });
  }

  export(format: 'csv' | 'xlsx', query: IndicatorsQuery, lang: string): Observable<Blob> {
    return this.api.getBlob(`/indicators/export.${format}`, { query: { ...query, lang } });
  }
}
