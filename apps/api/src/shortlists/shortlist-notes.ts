import { Injectable } from '@nestjs/common';
import { EncryptionService } from '../common/crypto/encryption.service';

/** Shortlist notes: AES-256-GCM bound to their entry id, like profile notes. Never logged. */
@Injectable()
export class ShortlistNotes {
  constructor(private readonly encryption: EncryptionService) {}

  seal(entryId: string, note: string | null | undefined): string | null {
    return note ? this.encryption.encrypt(note, `shortlist:${entryId}`) : null;
  }

  open(entryId: string, sealed: string | null): string | null {
    return sealed ? this.encryption.decrypt(sealed, `shortlist:${entryId}`) : null;
  }
}
