import { Injectable } from '@nestjs/common';
import { EncryptionService } from '../common/crypto/encryption.service';

/**
 * Counsellor notes are AES-256-GCM ciphertext bound to their profile id (associated data), so a
 * ciphertext copied onto another profile does not decrypt. Never log what passes through here.
 */
@Injectable()
export class ProfileNotesService {
  constructor(private readonly encryption: EncryptionService) {}

  seal(profileId: string, notes: string | null | undefined): string | null {
    return notes ? this.encryption.encrypt(notes, profileId) : null;
  }

  open(profileId: string, sealed: string | null): string | null {
    return sealed ? this.encryption.decrypt(sealed, profileId) : null;
  }
}
