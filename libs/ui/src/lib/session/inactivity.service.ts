import {
  DOCUMENT,
  DestroyRef,
  EnvironmentProviders,
  Injectable,
  InjectionToken,
  effect,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { SessionStore } from '../auth/session.store';
import { PORTAL_CONFIG } from '../portal-config';

export interface InactivityConfig {
  /** Minutes without any keyboard, pointer or scroll activity before signing out. */
  readonly idleMinutes: number;
  /** How long before that the warning dialog appears. */
  readonly warningSeconds: number;
}

export const INACTIVITY_CONFIG = new InjectionToken<InactivityConfig>(
  'INACTIVITY_CONFIG',
);

const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'scroll',
] as const;
const TICK_MS = 1000;

/**
 * Signs the user out after a period of inactivity, warning first. It runs only while a
 * session exists. Once the warning shows, only an explicit choice in the dialog keeps the
 * session (moving the mouse past the dialog does not), so an unattended screen still closes.
 */
@Injectable({ providedIn: 'root' })
export class InactivityService {
  private readonly config = inject(INACTIVITY_CONFIG);
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly portal = inject(PORTAL_CONFIG);

  /** True while the warning dialog should be shown. */
  readonly warning = signal(false);
  readonly secondsLeft = signal(0);
  readonly idleMinutes = this.config.idleMinutes;

  private lastActivity = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onActivity = (): void => {
    if (!this.warning()) this.lastActivity = Date.now();
  };

  constructor() {
    effect(() => (this.session.isAuthenticated() ? this.start() : this.stop()));
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** "Stay signed in" in the warning dialog. */
  stayActive(): void {
    this.lastActivity = Date.now();
    this.warning.set(false);
  }

  signOutNow(): void {
    this.expire('signedOut');
  }

  private start(): void {
    if (this.timer !== null) return;
    this.lastActivity = Date.now();
    for (const type of ACTIVITY_EVENTS) {
      this.document.addEventListener(type, this.onActivity, {
        capture: true,
        passive: true,
      });
    }
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  private stop(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
    for (const type of ACTIVITY_EVENTS) {
      this.document.removeEventListener(type, this.onActivity, {
        capture: true,
      });
    }
    this.warning.set(false);
  }

  private tick(): void {
    const remainingMs =
      this.config.idleMinutes * 60_000 - (Date.now() - this.lastActivity);
    if (remainingMs <= 0) {
      this.expire('idle');
    } else if (remainingMs <= this.config.warningSeconds * 1000) {
      this.secondsLeft.set(Math.ceil(remainingMs / 1000));
      this.warning.set(true);
    }
  }

  private expire(reason: 'idle' | 'signedOut'): void {
    this.stop();
    this.auth.logout().subscribe(() => {
      void this.router.navigate([this.portal.signInPath], {
        queryParams: { reason },
      });
    });
  }
}

/**
 * `provideInactivityTimeout({ idleMinutes: 15, warningSeconds: 60 })` in app.config, and
 * `PortalRootComponent` shows `<ponte-inactivity-dialog />` once this is provided.
 */
export function provideInactivityTimeout(
  config: InactivityConfig,
): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: INACTIVITY_CONFIG, useValue: config },
    provideEnvironmentInitializer(() => inject(InactivityService)),
  ]);
}
