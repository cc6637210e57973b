import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ActivatedRoute,
  IsActiveMatchOptions,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  PonteDatePipe,
  TranslatePipe,
} from '@ponte/ui';
import { ProfileContext } from './profile-context';

interface Tab {
  path: string;
  labelKey: string;
  exact?: boolean;
}

const TABS: Tab[] = [
  { path: '.', labelKey: 'profiles.tab.overview', exact: true },
  { path: 'edit', labelKey: 'profiles.tab.edit' },
  { path: 'consents', labelKey: 'profiles.tab.consents' },
  { path: 'matches', labelKey: 'profiles.tab.matches' },
  { path: 'pathways', labelKey: 'profiles.tab.pathways' },
  { path: 'shortlist', labelKey: 'profiles.tab.shortlist' },
];

/**
 * The frame of one profile: its code and state, and tabs to its summary, editor, consents,
 * matches, pathways and shortlist. It loads the profile once and shares it (ProfileContext).
 */
@Component({
  selector: 'ponte-profile-shell-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProfileContext],
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    PonteDatePipe,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="container mt-4">
      <nav [attr.aria-label]="'network.breadcrumb' | t" class="breadcrumb-container">
        <ol class="breadcrumb p-0">
          <li class="breadcrumb-item">
            <a routerLink="/profiles">{{ 'network.nav.profiles' | t }}</a><span class="separator">/</span>
          </li>
          <li class="breadcrumb-item active" aria-current="page">
            {{ context.profile()?.pseudonymCode ?? '…' }}
          </li>
        </ol>
      </nav>
      @if (context.problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (context.profile(); as profile) {
        <div class="ponte-profile-head d-flex flex-column flex-md-row justify-content-between gap-2">
          <div>
            <p class="ponte-eyebrow mb-1">{{ 'profiles.shell.eyebrow' | t }}</p>
            <p class="h2 mb-1"><span class="ponte-code">{{ profile.pseudonymCode }}</span></p>
          </div>
          <dl class="ponte-inline-facts mb-0 align-self-md-end">
            <div>
              <dt>{{ 'profiles.col.status' | t }}</dt>
              <dd>{{ 'vocab.profileStatus.' + profile.status | t }}</dd>
            </div>
            <div>
              <dt>{{ 'profiles.col.lastActivity' | t }}</dt>
              <dd>{{ profile.lastActivityAt | ponteDate }}</dd>
            </div>
          </dl>
        </div>
        <nav class="ponte-tabs mt-3" [attr.aria-label]="'profiles.shell.tabs' | t">
          <ul class="nav nav-tabs">
            @for (tab of tabs; track tab.path) {
              <li class="nav-item">
                <a class="nav-link" [routerLink]="tab.path" routerLinkActive="active"
                   [routerLinkActiveOptions]="tab.exact ? exactPath : subsetPath" ariaCurrentWhenActive="page">
                  {{ tab.labelKey | t }}
                </a>
              </li>
            }
          </ul>
        </nav>
      } @else {
        <ponte-loading-state />
      }
    </div>
    @if (context.profile()) {
      <router-outlet />
    }
  `,
})
export class ProfileShellPage {
  protected readonly context = inject(ProfileContext);
  private readonly route = inject(ActivatedRoute);
  protected readonly tabs = TABS;
  /** Filters live in the query: a tab is active on its path, whatever the query says. */
  protected readonly exactPath: IsActiveMatchOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };
  protected readonly subsetPath: IsActiveMatchOptions = { ...this.exactPath, paths: 'subset' };

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    const id = this.route.snapshot.paramMap.get('id');
    if (id) this.context.load(id).subscribe({ error: () => undefined });
  }
}
