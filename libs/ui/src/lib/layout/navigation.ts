import { InjectionToken, Provider } from '@angular/core';

/** One entry of the portal's main navigation (header bar and home page tiles). */
export interface NavItem {
  /** Router path, e.g. '/offers'. */
  readonly path: string;
  /** Message key of the label. */
  readonly labelKey: string;
  /** Message key of a one-line description, shown on the home page. */
  readonly descriptionKey?: string;
  /** Bootstrap Italia icon name, e.g. 'it-file'. */
  readonly icon?: string;
  /** Shown only to users holding this permission (a PERMISSIONS value of @ponte/domain). */
  readonly permission?: string;
}

export const PORTAL_NAVIGATION = new InjectionToken<readonly NavItem[]>(
  'PORTAL_NAVIGATION',
  {
    factory: () => [],
  },
);

export function provideNavigation(items: readonly NavItem[]): Provider {
  return { provide: PORTAL_NAVIGATION, useValue: items };
}
