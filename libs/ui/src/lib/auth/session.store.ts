import { Injectable, computed, signal } from '@angular/core';
import type { AuthSuccess, AuthUser } from '@ponte/contracts';
import type { Permission } from '@ponte/domain';

/**
 * The current session, in memory only: the access token is never written to browser
 * storage (a reload restores the session through the httpOnly refresh cookie).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly state = signal<{
    token: string;
    user: AuthUser;
    expiresAt: number;
  } | null>(null);

  readonly user = computed(() => this.state()?.user ?? null);
  readonly isAuthenticated = computed(() => this.state() !== null);

  get accessToken(): string | null {
    return this.state()?.token ?? null;
  }

  start(success: AuthSuccess, now = Date.now()): void {
    this.state.set({
      token: success.accessToken,
      user: success.user,
      expiresAt: now + success.expiresIn * 1000,
    });
  }

  clear(): void {
    this.state.set(null);
  }

  hasPermission(permission: Permission): boolean {
    return this.state()?.user.permissions.includes(permission) ?? false;
  }
}
