import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiProblem } from '@ponte/ui';
import { Observable, tap } from 'rxjs';
import { Profile } from '@ponte/contracts';
import { ProfilesService } from './profiles.service';

/**
 * The profile the pages under /profiles/:id work on, loaded once by the profile shell and
 * shared with its tabs (editor, consents, matches, shortlist). Memory only.
 */
@Injectable()
export class ProfileContext {
  private readonly profiles = inject(ProfilesService);
  readonly profile = signal<Profile | null>(null);
  readonly problem = signal<ApiProblem | null>(null);
  /** The loaded profile, for the tabs: the shell renders them only once it is there. */
  readonly current = computed((): Profile => {
    const profile = this.profile();
    if (!profile) throw new Error('ProfileContext: no profile loaded');
    return profile;
  });
  /** A one-off message for the next page (saved, created…): a message key. */
  readonly flash = signal<string | null>(null);

  load(id: string): Observable<Profile> {
    this.problem.set(null);
    return this.profiles.get(id).pipe(
      tap({
        next: (profile) => this.profile.set(profile),
        error: (problem: ApiProblem) => this.problem.set(problem),
      }),
    );
  }

  reload(): void {
    const current = this.profile();
    if (current) this.load(current.id).subscribe({ error: () => undefined });
  }

  set(profile: Profile): void {
    this.profile.set(profile);
  }
}
