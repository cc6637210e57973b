import { Provider, inject } from '@angular/core';
import { PERMISSIONS } from '@ponte/domain';
import { NavItem, PORTAL_NAVIGATION } from '@ponte/ui';
import { OrganisationStore } from './core/organisation.store';

/**
 * The partner portal's main navigation (header bar and home page tiles). Offers show only to
 * organisations that publish them (companies, unions), courses to training bodies and unions.
 */
export function partnerNavigation(store: OrganisationStore): readonly NavItem[] {
  return [
    { path: '/', labelKey: 'partner.nav.home' },
    {
      path: '/proposals',
      labelKey: 'partner.nav.proposals',
      descriptionKey: 'partner.nav.proposalsDescription',
      icon: 'it-card',
      permission: PERMISSIONS.PROPOSALS_ANSWER,
    },
    {
      path: '/offers',
      labelKey: 'partner.nav.offers',
      descriptionKey: 'partner.nav.offersDescription',
      icon: 'it-files',
      permission: PERMISSIONS.OFFERS_READ,
      when: () => store.publishes('offer'),
    },
    {
      path: '/courses',
      labelKey: 'partner.nav.courses',
      descriptionKey: 'partner.nav.coursesDescription',
      icon: 'it-presentation',
      permission: PERMISSIONS.OFFERS_READ,
      when: () => store.publishes('course'),
    },
    {
      path: '/organisation',
      labelKey: 'partner.nav.organisation',
      descriptionKey: 'partner.nav.organisationDescription',
      icon: 'it-pa',
      permission: PERMISSIONS.OFFERS_READ,
    },
    {
      path: '/team',
      labelKey: 'partner.nav.team',
      descriptionKey: 'partner.nav.teamDescription',
      icon: 'it-user',
      permission: PERMISSIONS.TEAM_MANAGE,
    },
    {
      path: '/notifications',
      labelKey: 'partner.nav.notifications',
      descriptionKey: 'partner.nav.notificationsDescription',
      icon: 'it-horn',
      permission: PERMISSIONS.NOTIFICATIONS_READ,
    },
  ];
}

export function providePartnerNavigation(): Provider {
  return {
    provide: PORTAL_NAVIGATION,
    useFactory: () => partnerNavigation(inject(OrganisationStore)),
  };
}
