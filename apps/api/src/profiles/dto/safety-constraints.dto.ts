import { BlockedOrganisationsField, ExclusionDto, ExclusionsField } from './profile-fields';

/** Replaces the profile's safety constraints as a whole (both lists; send [] to clear one). */
export class SafetyConstraintsDto {
  @ExclusionsField() exclusions!: ExclusionDto[];
  @BlockedOrganisationsField() blockedOrganisations!: string[];
}
