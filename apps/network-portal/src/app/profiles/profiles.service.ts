import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import { Observable } from 'rxjs';
import type {
  Consent,
  CreateProfileBody,
  CreatedProfile,
  ErasureRequestReason,
  Page,
  Profile,
  ProfileQuery,
  ProfileSummary,
  ProfileUpdate,
  RecordConsentBody,
  SafetyConstraints,
} from '@ponte/contracts';

/** The profiles and consents API (counsellors of the profile's network only). */
@Injectable({ providedIn: 'root' })
export class ProfilesService {
  private readonly api = inject(ApiClient);

  list(query: ProfileQuery): Observable<Page<ProfileSummary>> {
    return this.api.get<Page<ProfileSummary>>('/profiles', {
      query: { ...query, status: query.status?.join(',') },
    });
  }

  get(id: string): Observable<Profile> {
    return this.api.get<Profile>(`/profiles/${id}`);
  }

  create(body: CreateProfileBody): Observable<CreatedProfile> {
    return this.api.post<CreatedProfile>('/profiles', body);
  }

  update(id: string, body: ProfileUpdate): Observable<Profile> {
    return this.api.patch<Profile>(`/profiles/${id}`, body);
  }

  replaceSafety(id: string, body: SafetyConstraints): Observable<Profile> {
    return this.api.put<Profile>(`/profiles/${id}/safety`, body);
  }

  erase(id: string, reason: ErasureRequestReason): Observable<void> {
    return this.api.delete<void>(`/profiles/${id}`, { query: { reason } });
  }

  consents(profileId: string): Observable<Consent[]> {
    return this.api.get<Consent[]>(`/profiles/${profileId}/consents`);
  }

  recordConsent(profileId: string, body: RecordConsentBody): Observable<Consent> {
    return this.api.post<Consent>(`/profiles/${profileId}/consents`, body);
  }

  revokeConsent(profileId: string, consentId: string): Observable<Consent> {
    return this.api.post<Consent>(`/profiles/${profileId}/consents/${consentId}/revoke`);
  }
}
