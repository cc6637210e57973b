import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable, catchError, throwError } from 'rxjs';
import { toApiProblem } from './api-problem';

/** Where the API lives, as seen by the browser (the dev server and the e2e server proxy it). */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  factory: () => '/api',
});

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | readonly QueryValue[]>;

export interface ApiRequestOptions {
  /** Query parameters; `null`/`undefined`/'' values are dropped (unset filters). */
  query?: Query;
  /** Send cookies (only the auth endpoints need them). */
  withCredentials?: boolean;
}

/**
 * The one way feature code talks to the API: paths are relative to `/api`, the interceptors
 * add the language and the bearer token and handle 401, and every failure arrives as an
 * `ApiProblem` (RFC 9457), whatever went wrong.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  get<T>(path: string, options?: ApiRequestOptions): Observable<T> {
    return this.handle(
      this.http.get<T>(this.url(path), this.httpOptions(options)),
    );
  }

  post<T>(
    path: string,
    body?: unknown,
    options?: ApiRequestOptions,
  ): Observable<T> {
    return this.handle(
      this.http.post<T>(
        this.url(path),
        body ?? null,
        this.httpOptions(options),
      ),
    );
  }

  put<T>(
    path: string,
    body: unknown,
    options?: ApiRequestOptions,
  ): Observable<T> {
    return this.handle(
      this.http.put<T>(this.url(path), body, this.httpOptions(options)),
    );
  }

  patch<T>(
    path: string,
    body: unknown,
    options?: ApiRequestOptions,
  ): Observable<T> {
    return this.handle(
      this.http.patch<T>(this.url(path), body, this.httpOptions(options)),
    );
  }

  delete<T = void>(path: string, options?: ApiRequestOptions): Observable<T> {
    return this.handle(
      this.http.delete<T>(this.url(path), this.httpOptions(options)),
    );
  }

  /** Downloads (CSV, XLSX exports). */
  getBlob(path: string, options?: ApiRequestOptions): Observable<Blob> {
    return this.handle(
      this.http.get(this.url(path), {
        ...this.httpOptions(options),
        responseType: 'blob',
      }),
    );
  }

  url(path: string): string {
    return `${this.base}${path.startsWith('/') ? path : `/${path}`}`;
  }

  private httpOptions(options?: ApiRequestOptions) {
    return {
      params: toParams(options?.query),
      withCredentials: options?.withCredentials ?? false,
    };
  }

  private handle<T>(request: Observable<T>): Observable<T> {
    return request.pipe(
      catchError((error: unknown) => throwError(() => toApiProblem(error))),
    );
  }
}

function toParams(query?: Query): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === null || v === undefined || v === '') continue;
      params = params.append(name, String(v));
    }
  }
  return params;
}
