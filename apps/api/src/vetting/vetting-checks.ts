import { isValidAtecoCode, isValidCodiceFiscaleOrganisation, isValidPartitaIva } from '@ponte/domain';
import type { Organisation } from '@ponte/persistence';
import type { VettingChecks } from './dto/vetting.dto';

/** What a coordinator checks first, computed again at read time (rules may have tightened since registration). */
export function vettingChecks(organisation: Organisation, seatComuneKnown: boolean): VettingChecks {
  return {
    vatNumberValid: organisation.vatNumber !== null && isValidPartitaIva(organisation.vatNumber),
    taxCodeValid: organisation.taxCode !== null && isValidCodiceFiscaleOrganisation(organisation.taxCode),
    atecoFormatValid: organisation.atecoCode !== null && isValidAtecoCode(organisation.atecoCode),
    declarationPresent: organisation.antiHarassmentDeclaredAt !== null,
    accreditationPresent: organisation.kind !== 'training_body' || Boolean(organisation.accreditationNumber?.trim()),
    seatComuneKnown,
  };
}
