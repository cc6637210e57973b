import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import {
  ApiProblem,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  TranslatePipe,
  TranslationService,
} from '@ponte/ui';
import { saveBlob } from '../core/download';
import { NetworksStore } from '../core/networks.store';
import { BarChartComponent, BarDatum } from './bar-chart.component';
import { IndicatorCellComponent } from './indicator-cell.component';
import { SERIES_METRICS, type Indicators, type IndicatorsQuery, type SeriesMetric } from '@ponte/contracts';
import { isSuppressed, type IndicatorCell } from '@ponte/domain';
import { IndicatorsService } from './indicators.service';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function indicatorsQueryFrom(q: ParamMap): IndicatorsQuery {
  const month = (name: string) => {
    const value = q.get(name) ?? '';
    return MONTH.test(value) ? value : undefined;
  };
  return { networkId: q.get('network') ?? undefined, from: month('from'), to: month('to') };
}

/** "2026-03" → "mar 2026" in the UI language. */
export function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

/** "2026-03" → "mar" (the year goes under January and the first month). */
export function monthShort(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** Every cell published and zero: nothing to draw. */
export function allZero(cells: readonly IndicatorCell[]): boolean {
  return cells.every((c) => !isSuppressed(c) && c.value === 0);
}

/** The headline figures, in the order the regional report reads them. */
const HEADLINE: readonly SeriesMetric[] = [
  'proposalsSent',
  'interviews',
  'hires',
  'courseEnrolments',
  'courseCompletions',
  'stillInWorkAt6Months',
];

/**
 * The steering committee's dashboard: per network (or all) and period, monthly series as
 * accessible SVG bar charts with their data tables, hires by contract type, active profiles,
 * each network's totals; suppressed cells shown as such; CSV and XLSX exports.
 */
@Component({
  selector: 'ponte-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    IconComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    BarChartComponent,
    IndicatorCellComponent,
  ],
  templateUrl: './indicators.page.html',
})
export class IndicatorsPage implements OnInit {
  private readonly indicators = inject(IndicatorsService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(TranslationService);
  protected readonly networks = inject(NetworksStore);

  protected readonly metrics = SERIES_METRICS;
  protected readonly headline = HEADLINE;
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly report = signal<Indicators | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly exporting = signal<'csv' | 'xlsx' | null>(null);
  protected readonly exportProblem = signal<ApiProblem | null>(null);
  protected readonly filters = new FormGroup({
    network: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  protected readonly totals = computed(() => {
    const r = this.report();
    return new Map(r?.series.map((s) => [s.metric, s.total]) ?? []);
  });
  /** A chart per series that has something to show; the others are named in one line. */
  protected readonly charts = computed(() => {
    const r = this.report();
    if (!r) return [];
    const locale = this.i18n.locale();
    return r.series
      .filter((s) => !allZero(s.points.map((p) => p.count)))
      .map((s) => ({
        metric: s.metric,
        data: s.points.map((p, i): BarDatum => ({
          label: monthShort(p.month, locale),
          sublabel: i === 0 || p.month.endsWith('-01') ? p.month.slice(0, 4) : undefined,
          cell: p.count,
        })),
      }));
  });
  protected readonly quietSeries = computed(() =>
    (this.report()?.series ?? []).filter((s) => allZero(s.points.map((p) => p.count))).map((s) => s.metric),
  );
  protected readonly quietNames = computed(() =>
    this.quietSeries()
      .map((m) => this.i18n.t(`indicators.metric.${m}`))
      .join(', '),
  );
  protected readonly contractsQuiet = computed(() =>
    allZero((this.report()?.hiresByContract ?? []).map((h) => h.count)),
  );
  protected readonly contractData = computed((): BarDatum[] =>
    (this.report()?.hiresByContract ?? []).map((h) => ({
      label: this.i18n.t(`indicators.contractShort.${h.contract}`),
      cell: h.count,
    })),
  );

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((q) => {
      this.filters.setValue(
        { network: q.get('network') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' },
        { emitEvent: false },
      );
      this.load();
    });
  }

  ngOnInit(): void {
    this.networks.load().subscribe({ error: () => undefined });
  }

  protected load(): void {
    this.problem.set(null);
    this.report.set(null);
    this.indicators.read(indicatorsQueryFrom(this.params())).subscribe({
      next: (r) => {
        this.report.set(r);
        // Show the period the API resolved (defaults: the last 12 months).
        this.filters.patchValue({ from: r.from, to: r.to }, { emitEvent: false });
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected apply(): void {
    const v = this.filters.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { network: v.network || null, from: v.from || null, to: v.to || null },
    });
  }

  protected month(month: string): string {
    return monthLabel(month, this.i18n.locale());
  }

  protected download(format: 'csv' | 'xlsx'): void {
    const r = this.report();
    if (!r || this.exporting()) return;
    this.exporting.set(format);
    this.exportProblem.set(null);
    const query = { networkId: r.networkId ?? undefined, from: r.from, to: r.to };
    this.indicators.export(format, query, this.i18n.language()).subscribe({
      next: (blob) => {
        this.exporting.set(null);
        saveBlob(this.document, blob, `ponte-indicatori-${r.from}-${r.to}.${format}`);
      },
      error: (problem: ApiProblem) => {
        this.exporting.set(null);
        this.exportProblem.set(problem);
      },
    });
  }
}
