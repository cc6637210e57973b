import { NavItem } from '@ponte/ui';

/**
 * The network portal's main navigation, shown in the header and as tiles on the home page.
 * Add one entry per feature area, gated by a PERMISSIONS value of @ponte/domain, e.g.
 *   { path: '/profiles', labelKey: 'profiles.nav', descriptionKey: 'profiles.navDescription',
 *     icon: 'it-user', permission: PERMISSIONS.PROFILES_READ }
 */
export const NETWORK_NAVIGATION: readonly NavItem[] = [
  { path: '/', labelKey: 'network.nav.home' },
];
