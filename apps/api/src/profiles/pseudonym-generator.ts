import { Injectable } from '@nestjs/common';
import { generatePseudonymCode } from '@ponte/domain';

/** Source of new pseudonym codes; a provider so that a test can force a collision. */
@Injectable()
export class PseudonymGenerator {
  next(): string {
    return generatePseudonymCode();
  }
}
