import { Processor, WorkerHost } from '@nestjs/bullmq';
import { IndexDocumentJob, JOBS, QUEUES, ReindexOrganisationJob, RemoveDocumentJob } from '@ponte/jobs';
import { Job } from 'bullmq';
import { SearchIndexService } from './search-index.service';

/** Every change to the catalogue reaches the search engine through here (retried with backoff). */
@Processor(QUEUES.search)
export class SearchIndexProcessor extends WorkerHost {
  constructor(private readonly index: SearchIndexService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.search.indexDocument: {
        const { kind, id, version } = job.data as IndexDocumentJob;
        return this.index.sync(kind, id, version);
      }
      case JOBS.search.removeDocument:
        return this.index.remove((job.data as RemoveDocumentJob).documentId);
      case JOBS.search.reindexOrganisation:
        return this.index.syncOrganisation((job.data as ReindexOrganisationJob).organisationId);
      case JOBS.search.reindexAll:
        return { indexed: await this.index.reindexAll() };
      case JOBS.search.sweep:
        return { synced: await this.index.sweep() };
      default:
        return undefined;
    }
  }
}
