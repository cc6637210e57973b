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
  /**
   * Shown only while this returns true (read in a reactive context: it may read signals),
   * e.g. only to organisations whose kind publishes courses.
   */
  readonly when?: () => boolean;
}

/** Whether a navigation entry is shown to a user holding `permissions`. */
export function isNavItemVisible(
  item: NavItem,
  permissions: readonly string[] | undefined,
): boolean {
  if (item.permission && !(permissions ?? []).includes(item.permission))
    return false;
  return !item.when || item.when();
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
