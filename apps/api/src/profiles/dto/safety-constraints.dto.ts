import { BlockedOrganisationsField, ExclusionDto, ExclusionsField } from './profile-fields';
import type * as contract from '@ponte/contracts';

/** Replaces the profile's safety constraints as a whole (both lists; send [] to clear one). */
export class SafetyConstraintsDto implements contract.SafetyConstraints {
  @ExclusionsField() exclusions!: ExclusionDto[];
  @BlockedOrganisationsField() blockedOrganisations!: string[];
}
