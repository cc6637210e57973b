import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { validationProblem } from '../common/problem/problem';
import { IndicatorsQuery, IndicatorsView, NetworkIndicatorsView } from './dto/indicators-query.dto';
import { buildIndicatorReport, monthsBetween, NetworkRef, REPORT_EVENTS, ResolvedReport, ScopeView, scopeOf } from './indicator-report';
import { ACTIVE_PROFILES_SQL, MONTHLY_COUNTS_SQL, NETWORKS_SQL } from './indicators.sql';

/** Longest period one report covers (the tables stay readable and cheap to protect). */
export const MAX_MONTHS = 36;

/**
 * Anonymised indicators for coordinators, read from the anonymous counters (which survive
 * erasure) and, for active profiles, from a count of the live profiles. Every figure goes
 * through small-cell suppression before it leaves this service.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read(query: IndicatorsQuery): Promise<IndicatorsView> {
    const resolved = await this.resolve(query);
    await this.audit.record({
      action: 'indicators.read',
      targetType: 'indicators',
      networkId: resolved.network?.id ?? null,
      details: { networkId: resolved.network?.id ?? null, from: resolved.from, to: resolved.to },
    });
    return toView(resolved);
  }

  /** Builds the report for an export and audits the export before any byte is sent. */
  async forExport(query: IndicatorsQuery, format: 'csv' | 'xlsx', language: string): Promise<ResolvedReport> {
    const resolved = await this.resolve(query);
    await this.audit.record({
      action: 'indicators.export',
      targetType: 'indicators',
      networkId: resolved.network?.id ?? null,
      details: { format, language, networkId: resolved.network?.id ?? null, from: resolved.from, to: resolved.to },
    });
    return resolved;
  }

  private async resolve(query: IndicatorsQuery): Promise<ResolvedReport> {
    const to = query.to ?? currentRomeMonth();
    const from = query.from ?? monthsBefore(to, 11);
    if (from > to) throw validationProblem([{ field: 'from', code: 'periodReversed' }]);
    const months = monthsBetween(from, to);
    if (months.length > MAX_MONTHS) throw validationProblem([{ field: 'from', code: 'periodTooLong', params: { max: MAX_MONTHS } }]);

    const networks: NetworkRef[] = await this.dataSource.query(NETWORKS_SQL);
    const networkId = query.networkId?.toLowerCase();
    const network = networkId ? (networks.find((n) => n.id === networkId) ?? null) : null;
    if (networkId && !network) throw validationProblem([{ field: 'networkId', code: 'unknownNetwork' }]);

    const rows: { networkId: string; month: string; event: string; n: number }[] = await this.dataSource.query(
      MONTHLY_COUNTS_SQL,
      [`${from}-01`, `${to}-01`, REPORT_EVENTS],
    );
    const counts = new Map<string, Map<string, Map<string, number>>>();
    for (const row of rows) {
      const byMonth = counts.get(row.networkId) ?? new Map<string, Map<string, number>>();
      const byEvent = byMonth.get(row.month) ?? new Map<string, number>();
      byEvent.set(row.event, row.n);
      byMonth.set(row.month, byEvent);
      counts.set(row.networkId, byMonth);
    }
    // Active now among the profiles that existed by the end of the period (Europe/Rome).
    const active: { networkId: string; n: number }[] = await this.dataSource.query(
      ACTIVE_PROFILES_SQL,
      [`${to}-01`],
    );
    const report = buildIndicatorReport({ networks, months, counts, activeProfiles: new Map(active.map((r) => [r.networkId, r.n])) });
    return { network, from, to, report, networks };
  }
}

function toView(resolved: ResolvedReport): IndicatorsView {
  const scope = scopeOf(resolved);
  const networks: NetworkIndicatorsView[] = resolved.network
    ? []
    : resolved.networks.map((n) => {
        const view = resolved.report.byNetwork.get(n.id) as ScopeView;
        return {
          networkId: n.id,
          code: n.code,
          name: n.name,
          totals: Object.fromEntries(view.series.map((s) => [s.metric, s.total])),
          hiresByContract: view.hiresByContract,
          activeProfiles: view.activeProfiles,
        };
      });
  return {
    networkId: resolved.network?.id ?? null,
    from: resolved.from,
    to: resolved.to,
    granularity: 'month',
    threshold: resolved.report.threshold,
    months: resolved.report.months,
    series: scope.series,
    hiresByContract: scope.hiresByContract,
    activeProfiles: scope.activeProfiles,
    networks,
  };
}

function currentRomeMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

function monthsBefore(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
