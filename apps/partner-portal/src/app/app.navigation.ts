import { NavItem } from '@ponte/ui';

/**
 * The partner portal's main navigation, shown in the header and as tiles on the home page.
 * Add one entry per feature area, gated by a PERMISSIONS value of @ponte/domain, e.g.
 *   { path: '/offers', labelKey: 'offers.nav', descriptionKey: 'offers.navDescription',
 *     icon: 'it-file', permission: PERMISSIONS.OFFERS_READ }
 */
export const PARTNER_NAVIGATION: readonly NavItem[] = [
  { path: '/', labelKey: 'partner.nav.home' },
];
