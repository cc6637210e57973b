import { explainVettingChecks, vettingCheckFlags } from '@ponte/domain';
import type { Organisation } from '@ponte/persistence';
import type { VettingChecks, VettingCheckDetail } from './dto/vetting.dto';

/**
 * What a coordinator checks first, and why each check passed or failed, computed again at read
 * time (rules may have tightened since registration). `seatComuneName`: null when unknown.
 */
export function vettingChecks(organisation: Organisation, seatComuneName: string | null): { checks: VettingChecks; checkDetails: VettingCheckDetail[] } {
  const checkDetails = explainVettingChecks(organisation, seatComuneName);
  return { checks: vettingCheckFlags(checkDetails), checkDetails };
}
