import { PERMISSIONS } from '@ponte/domain';
import { NavItem } from '@ponte/ui';

/**
 * The network portal's main navigation (header bar and home page tiles), gated by
 * permission: counsellors see their casework, coordinators the steering tools.
 */
export const NETWORK_NAVIGATION: readonly NavItem[] = [
  { path: '/', labelKey: 'network.nav.home' },
  {
    path: '/profiles',
    labelKey: 'network.nav.profiles',
    descriptionKey: 'network.nav.profilesDescription',
    icon: 'it-user',
    permission: PERMISSIONS.PROFILES_READ,
  },
  {
    path: '/proposals',
    labelKey: 'network.nav.proposals',
    descriptionKey: 'network.nav.proposalsDescription',
    icon: 'it-card',
    permission: PERMISSIONS.PROPOSALS_CREATE,
  },
  {
    path: '/vetting',
    labelKey: 'network.nav.vetting',
    descriptionKey: 'network.nav.vettingDescription',
    icon: 'it-check-circle',
    permission: PERMISSIONS.ORGANISATIONS_VET,
  },
  {
    path: '/indicators',
    labelKey: 'network.nav.indicators',
    descriptionKey: 'network.nav.indicatorsDescription',
    icon: 'it-chart-line',
    permission: PERMISSIONS.INDICATORS_READ,
  },
  {
    path: '/networks',
    labelKey: 'network.nav.networks',
    descriptionKey: 'network.nav.networksDescription',
    icon: 'it-pa',
    permission: PERMISSIONS.NETWORKS_MANAGE,
  },
  {
    path: '/staff',
    labelKey: 'network.nav.staff',
    descriptionKey: 'network.nav.staffDescription',
    icon: 'it-user',
    permission: PERMISSIONS.STAFF_MANAGE,
  },
  {
    path: '/audit',
    labelKey: 'network.nav.audit',
    descriptionKey: 'network.nav.auditDescription',
    icon: 'it-list',
    permission: PERMISSIONS.AUDIT_READ,
  },
  {
    path: '/jobs',
    labelKey: 'network.nav.jobs',
    descriptionKey: 'network.nav.jobsDescription',
    icon: 'it-settings',
    permission: PERMISSIONS.JOBS_MANAGE,
  },
  {
    path: '/reference-data',
    labelKey: 'network.nav.referenceData',
    descriptionKey: 'network.nav.referenceDataDescription',
    icon: 'it-files',
    permission: PERMISSIONS.REFERENCE_STATUS,
  },
];
