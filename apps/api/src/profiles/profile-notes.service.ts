import { Injectable } from '@nestjs/common';
import { SEALED_WITH } from '@ponte/persistence';
import { EncryptionService } from '../common/crypto/encryption.service';

/**
 * Counsellor notes and skill comments are AES-256-GCM ciphertext bound to their profile id
 * (associated data, SEALED_WITH), so a ciphertext copied onto another profile does not decrypt.
 * Never log what passes through here.
 */
@Injectable()
export class ProfileNotesService {
  constructor(private readonly encryption: EncryptionService) {}

  seal(profileId: string, notes: string | null | undefined): string | null {
    return this.encryption.seal(SEALED_WITH.profileNotes(profileId), notes);
  }

  open(profileId: string, sealed: string | null): string | null {
    return this.encryption.open(SEALED_WITH.profileNotes(profileId), sealed);
  }

  /** Skill comments are sealed the same way, each bound to its profile and skill. */
  sealComment(profileId: string, skillUri: string, comment: string | null | undefined): string | null {
    return this.encryption.seal(SEALED_WITH.skillComment(profileId, skillUri), comment);
  }

  openComment(profileId: string, skillUri: string, sealed: string | null): string | null {
    return this.encryption.open(SEALED_WITH.skillComment(profileId, skillUri), sealed);
  }
}
