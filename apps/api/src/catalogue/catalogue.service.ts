import type { Course, Offer } from '@ponte/persistence';
import type { Principal } from '../common/context/principal';
import { Page, pageOf } from '../common/pagination/page-query.dto';
import { CatalogueEditor } from './catalogue-editor.service';
import { CatalogueReads } from './catalogue-reads.service';
import { CatalogueBody, CatalogueRules } from './catalogue-rules';
import type { CatalogueView } from './catalogue.view';
import type { CatalogueQuery } from './dto/catalogue-query';

/**
 * What the offers and courses controllers call: create, edit, read and list one kind, by its
 * rules (lifecycle moves are CatalogueLifecycle's). Each feature names its rules in a subclass.
 */
export abstract class CatalogueService<T extends Offer | Course, C extends CatalogueBody> {
  protected constructor(
    private readonly rules: CatalogueRules<T, C>,
    private readonly editor: CatalogueEditor,
    private readonly reads: CatalogueReads,
  ) {}

  async create(principal: Principal, dto: C): Promise<CatalogueView<T>> {
    return this.get(principal, await this.editor.create(this.rules, principal, dto));
  }

  async update(principal: Principal, id: string, dto: Partial<C>): Promise<CatalogueView<T>> {
    await this.editor.update(this.rules, principal, id, dto);
    return this.get(principal, id);
  }

  get(principal: Principal, id: string): Promise<CatalogueView<T>> {
    return this.reads.get(this.rules.kind, id, principal) as Promise<CatalogueView<T>>;
  }

  async list(principal: Principal, query: CatalogueQuery): Promise<Page<CatalogueView<T>>> {
    const { items, total } = await this.reads.list(this.rules.kind, principal, query);
    return pageOf(items as CatalogueView<T>[], total, query);
  }
}
