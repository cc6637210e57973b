import { DataSource } from 'typeorm';
import { AccountView } from './dto/team.dto';
import { accountsCountSql, accountsPageSql } from './account-views.sql';

/**
 * Accounts matching a SQL condition on `u` (bound with `params`), newest first, with the
 * total for pagination. `where` is written by the services, never taken from a request.
 */
export async function queryAccounts(
  dataSource: DataSource,
  where: string,
  params: unknown[],
  window: { skip: number; take: number },
): Promise<{ items: AccountView[]; total: number }> {
  const items: AccountView[] = await dataSource.query(
    accountsPageSql(where, Number(window.take), Number(window.skip)),
    params,
  );
  const [{ total }] = await dataSource.query(accountsCountSql(where), params);
  return { items, total };
}
