import { InjectionToken, Provider } from '@angular/core';
import type { Role } from '@ponte/domain';

/** What differs between the two portals; everything else in @ponte/ui is shared. */
export interface PortalConfig {
  /** Message key of the portal's full name, used in the header and the document title. */
  readonly titleKey: string;
  /** Message key of the header tagline (the portal's short name). */
  readonly taglineKey: string;
  /** Message key of the sentence saying who the portal is for, shown on the sign-in page. */
  readonly audienceKey: string;
  /** Roles that may use this portal; other accounts are told to use the other portal. */
  readonly roles: readonly Role[];
  /** Message key explaining where the other accounts should sign in. */
  readonly wrongPortalKey: string;
  /** Route of the sign-in page. */
  readonly signInPath: string;
  /** Route of the signed-in home page. */
  readonly homePath: string;
  /** Route of the password-reset request page. */
  readonly passwordResetPath: string;
  /** Self-registration, offered on the sign-in page when set (message keys and route). */
  readonly registration?: {
    readonly path: string;
    readonly textKey: string;
    readonly linkKey: string;
  };
}

export const PORTAL_CONFIG = new InjectionToken<PortalConfig>('PORTAL_CONFIG');

type PortalIdentity = Pick<
  PortalConfig,
  'titleKey' | 'taglineKey' | 'audienceKey' | 'roles' | 'wrongPortalKey'
>;

/** A portal names itself; the paths have defaults. */
export type PortalConfigInput = PortalIdentity & Partial<PortalConfig>;

export function providePortalConfig(config: PortalConfigInput): Provider {
  return {
    provide: PORTAL_CONFIG,
    useValue: {
      signInPath: '/sign-in',
      homePath: '/',
      passwordResetPath: '/password-reset',
      ...config,
    } satisfies PortalConfig,
  };
}
