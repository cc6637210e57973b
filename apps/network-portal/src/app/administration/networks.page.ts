import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ApiClient,
  ApiProblem,
  ComunePickerComponent,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  LoadingStateComponent,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import { ComuniStore } from '../core/comuni.store';
import type { Network, NetworkMember } from '@ponte/contracts';
import { NetworksStore } from '../core/networks.store';

/**
 * The six territorial networks: who leads them, the comuni they cover, their members; a
 * coordinator renames a network or moves its lead comune.
 */
@Component({
  selector: 'ponte-networks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    IconComponent,
    ComunePickerComponent,
    FieldDirective,
    FieldErrorComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'admin.networks.heading' | t }}</h1>
      <p class="lead">{{ 'admin.networks.intro' | t }}</p>
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (loaded()) {
        <div class="row g-4">
          @for (n of networks.all(); track n.id) {
            <div class="col-12 col-lg-6">
              <section class="card shadow-sm h-100" [attr.aria-labelledby]="'net-' + n.id">
                <div class="card-body">
                  <p class="ponte-eyebrow mb-1 ponte-mono">{{ n.code }}</p>
                  <h2 class="h5" [id]="'net-' + n.id">{{ n.name }}</h2>
                  <dl class="ponte-inline-facts">
                    <div><dt>{{ 'admin.networks.lead' | t }}</dt><dd>{{ comuni.name(n.leadComune) }}</dd></div>
                    <div><dt>{{ 'admin.networks.comuni' | t }}</dt><dd>{{ n.comuni.length }}</dd></div>
                    <div><dt>{{ 'admin.networks.members' | t }}</dt><dd>{{ members()[n.id]?.length ?? n.memberCount ?? '—' }}</dd></div>
                  </dl>
                  <details class="ponte-details mt-2" (toggle)="open(n, $any($event.target).open)">
                    <summary>{{ 'admin.networks.details' | t }}</summary>
                    <p class="small mt-2">{{ comuneNames(n) }}</p>
                    <h3 class="h6">{{ 'admin.networks.memberList' | t }}</h3>
                    @if (members()[n.id]; as list) {
                      <ul class="small">
                        @for (m of list; track m.id) { <li>{{ m.displayName }} — {{ 'domain.role.' + m.role | t }}</li> }
                        @empty { <li>{{ 'admin.networks.noMembers' | t }}</li> }
                      </ul>
                    }
                  </details>
                  @if (editing() === n.id) {
                    <form [formGroup]="form" (ngSubmit)="save(n)" class="mt-3" novalidate>
                      <label [for]="'net-name-' + n.id" class="active">{{ 'admin.networks.name' | t }}</label>
                      <input type="text" [id]="'net-name-' + n.id" class="form-control" formControlName="name" maxlength="120"
                             [ponteField]="'net-name-' + n.id + '-error'" />
                      <ponte-field-error [id]="'net-name-' + n.id + '-error'" [control]="form.controls.name" />
                      <label [id]="'net-lead-' + n.id + '-label'" [for]="'net-lead-' + n.id" class="active mt-3">{{ 'admin.networks.lead' | t }}</label>
                      <ponte-comune-picker formControlName="leadComune" [inputId]="'net-lead-' + n.id"
                                           [labelId]="'net-lead-' + n.id + '-label'" [source]="comuni.source"
                                           [describedBy]="'net-lead-' + n.id + '-error'" />
                      <ponte-field-error [id]="'net-lead-' + n.id + '-error'" [control]="form.controls.leadComune" />
                      <h3 class="h6 mt-3" [id]="'net-comuni-' + n.id + '-label'">{{ 'admin.networks.comuniEdit' | t: { count: form.controls.comuni.value.length } }}</h3>
                      <ul class="ponte-chips list-unstyled d-flex flex-wrap gap-2 mb-2" [attr.aria-labelledby]="'net-comuni-' + n.id + '-label'">
                        @for (code of sortedComuni(); track code) {
                          <li class="ponte-chip">
                            <span>{{ comuni.name(code) }}</span>
                            <button type="button" class="btn btn-link p-0 ms-1" (click)="removeComune(code)"
                                    [disabled]="code === form.controls.leadComune.value">
                              <ponte-icon name="it-close" size="sm" />
                              <span class="visually-hidden">{{ 'admin.networks.removeComune' | t: { name: comuni.name(code) } }}</span>
                            </button>
                          </li>
                        }
                      </ul>
                      <label [id]="'net-add-' + n.id + '-label'" [for]="'net-add-' + n.id" class="active">{{ 'admin.networks.addComune' | t }}</label>
                      <ponte-comune-picker [formControl]="addComune" [inputId]="'net-add-' + n.id"
                                           [labelId]="'net-add-' + n.id + '-label'" [source]="comuni.source" />
                      <small class="form-text">{{ 'admin.networks.comuniHint' | t }}</small>
                      @if (saveProblem(); as e) {
                        <div class="alert alert-danger mt-2" role="alert">
                          {{ e.detail ?? e.title }}
                          @if (comuniProblems().length) {
                            <ul class="mb-0">
                              @for (m of comuniProblems(); track m) { <li>{{ m }}</li> }
                            </ul>
                          }
                        </div>
                      }
                      <div class="d-flex gap-2 mt-3">
                        <button type="submit" class="btn btn-primary btn-sm">{{ 'admin.save' | t }}</button>
                        <button type="button" class="btn btn-outline-primary btn-sm" (click)="editing.set(null)">{{ 'admin.cancel' | t }}</button>
                      </div>
                    </form>
                  } @else {
                    <button type="button" class="btn btn-outline-primary btn-sm mt-3" (click)="edit(n)">
                      <ponte-icon name="it-pencil" size="sm" color="primary" />
                      <span>{{ 'admin.networks.edit' | t }}<span class="visually-hidden">: {{ n.name }}</span></span>
                    </button>
                  }
                </div>
              </section>
            </div>
          }
        </div>
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class NetworksPage implements OnInit {
  private readonly api = inject(ApiClient);
  protected readonly networks = inject(NetworksStore);
  protected readonly comuni = inject(ComuniStore);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly loaded = signal(false);
  protected readonly members = signal<Record<string, NetworkMember[]>>({});
  protected readonly editing = signal<string | null>(null);
  protected readonly saveProblem = signal<ApiProblem | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3)] }),
    leadComune: new FormControl<string | null>(null, Validators.required),
    comuni: new FormControl<string[]>([], { nonNullable: true }),
  });
  /** The comune picked to add to the network being edited. */
  protected readonly addComune = new FormControl<string | null>(null);
  protected readonly comuniProblems = signal<string[]>([]);
  protected readonly sortedComuni = signal<string[]>([]);
  protected readonly byName = computed(() => new Map(this.comuni.all().map((c) => [c.istatCode, c.name])));

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    this.load();
    this.addComune.valueChanges.subscribe((code) => {
      if (!code) return;
      const current = this.form.controls.comuni.value;
      if (!current.includes(code)) this.setComuni([...current, code]);
      this.addComune.setValue(null, { emitEvent: false });
    });
  }

  private setComuni(codes: string[]): void {
    this.form.controls.comuni.setValue(codes);
    this.form.controls.comuni.markAsDirty();
    this.sortedComuni.set([...codes].sort((a, b) => this.comuni.name(a).localeCompare(this.comuni.name(b), 'it')));
  }

  protected removeComune(code: string): void {
    this.setComuni(this.form.controls.comuni.value.filter((c) => c !== code));
  }

  protected load(): void {
    this.problem.set(null);
    this.networks.load(true).subscribe({
      next: (all) => {
        this.loaded.set(true);
        all.forEach((n) => this.loadMembers(n));
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  /** `comuni[3]` names the fourth comune sent: its name. */
  private comuneOf(field: string): string {
    const index = /^comuni\[(\d+)\]$/.exec(field)?.[1];
    const code = index === undefined ? undefined : this.form.controls.comuni.value[Number(index)];
    return code ? this.comuni.name(code) : field;
  }

  protected comuneNames(n: Network): string {
    const names = this.byName();
    return n.comuni.map((c) => names.get(c) ?? c).sort((a, b) => a.localeCompare(b, 'it')).join(', ');
  }

  protected open(n: Network, isOpen: boolean): void {
    if (isOpen && !this.members()[n.id]) this.loadMembers(n);
  }

  private loadMembers(n: Network): void {
    this.networks.members(n.id).subscribe({
      next: (list) => this.members.update((all) => ({ ...all, [n.id]: list })),
      error: () => undefined,
    });
  }

  protected edit(n: Network): void {
    this.saveProblem.set(null);
    this.form.reset({ name: n.name, leadComune: n.leadComune, comuni: [...n.comuni] });
    this.setComuni([...n.comuni]);
    this.comuniProblems.set([]);
    this.editing.set(n.id);
  }

  protected save(n: Network): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.comuniProblems.set([]);
    this.api.patch<Network>(`/networks/${n.id}`, { name: v.name.trim(), leadComune: v.leadComune, comuni: v.comuni }).subscribe({
      next: () => {
        this.editing.set(null);
        this.load();
      },
      error: (problem: ApiProblem) => {
        // Errors about single comuni (`comuni[3]`) are listed by name under the chips.
        const aboutComuni = (problem.errors ?? []).filter((e) => e.field.startsWith('comuni'));
        this.comuniProblems.set(aboutComuni.map((e) => `${this.comuneOf(e.field)}: ${e.message}`));
        const unmatched = applyServerErrors(this.form, problem);
        if (!problem.errors?.length || unmatched.length || aboutComuni.length) this.saveProblem.set(problem);
      },
    });
  }
}
