import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ComuneSource } from '@ponte/ui';
import type { ComuneRef } from '@ponte/contracts';
import { Observable, map, shareReplay } from 'rxjs';

/**
 * The 133 comuni of the Città metropolitana di Milano shipped with the portal
 * (public/data/comuni.json, from shared/data/comuni-milano.csv): the registration page is
 * used before signing in, and the API's comuni endpoint needs a session.
 */
@Injectable({ providedIn: 'root' })
export class BundledComuni implements ComuneSource {
  private readonly all = inject(HttpClient)
    .get<ComuneRef[]>('/data/comuni.json')
    .pipe(shareReplay(1));

  suggest(text: string): Observable<ComuneRef[]> {
    const needle = fold(text);
    return this.all.pipe(
      map((comuni) =>
        comuni
          .filter((c) => c.istatCode.startsWith(needle) || fold(c.name).includes(needle))
          .sort((a, b) => Number(!fold(a.name).startsWith(needle)) - Number(!fold(b.name).startsWith(needle)))
          .slice(0, 10),
      ),
    );
  }

  get(istatCode: string): Observable<ComuneRef> {
    return this.all.pipe(
      map((comuni) => {
        const found = comuni.find((c) => c.istatCode === istatCode);
        if (!found) throw new Error(`unknown comune ${istatCode}`);
        return found;
      }),
    );
  }
}

/** Case and accent insensitive ("Cesano Maderno" ~ "cesano", "Cantù" ~ "cantu"). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
