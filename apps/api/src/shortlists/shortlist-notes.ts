import { Injectable } from '@nestjs/common';
import { SEALED_WITH } from '@ponte/persistence';
import { EncryptionService } from '../common/crypto/encryption.service';

/** Shortlist notes: AES-256-GCM bound to their entry id, like profile notes. Never logged. */
@Injectable()
export class ShortlistNotes {
  constructor(private readonly encryption: EncryptionService) {}

  seal(entryId: string, note: string | null | undefined): string | null {
    return this.encryption.seal(SEALED_WITH.shortlistNote(entryId), note);
  }

  open(entryId: string, sealed: string | null): string | null {
    return this.encryption.open(SEALED_WITH.shortlistNote(entryId), sealed);
  }
}
