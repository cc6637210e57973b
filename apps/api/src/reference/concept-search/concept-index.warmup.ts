import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { ConceptSearchService } from './concept-search.service';

/**
 * Builds the occupation index when the API starts, in the background: on the full ESCO data it
 * takes a second or more, which the first counsellor typing would otherwise wait for. Not under
 * test, where suites load their own reference data after boot.
 */
@Injectable()
export class ConceptIndexWarmup implements OnApplicationBootstrap {
  private readonly logger = new Logger('ConceptIndexWarmup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly search: ConceptSearchService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    const started = Date.now();
    this.search
      .suggest('occupation', 'a', 'it', 1)
      .then(() => this.logger.log(`occupation index built in ${Date.now() - started} ms`))
      .catch((error: Error) => this.logger.warn(`occupation index not built at boot: ${error.message}`));
  }
}
