import { PortalConfigInput } from '@ponte/ui';

/** Who the portal is for (the unit tests provide the same). */
export const NETWORK_PORTAL: PortalConfigInput = {
  titleKey: 'network.title',
  taglineKey: 'network.tagline',
  audienceKey: 'network.audience',
  wrongPortalKey: 'network.wrongPortal',
  roles: ['counsellor', 'coordinator'],
};
