import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ControlValueAccessor } from '@angular/forms';
import { map } from 'rxjs';
import {
  ComboboxComponent,
  ComboboxOption,
  ComboboxSearch,
} from '../forms/combobox.component';
import { ControlState } from '../forms/control-state';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { IconComponent } from '../layout/icon.component';
import { ConceptLabelComponent, languageName } from './concept-label.component';
import { ConceptKind, ReferenceService } from './reference.service';

interface Picked {
  uri: string;
  /** Null until its label is known (never shown as a URI). */
  label: string | null;
  /** The label's language: another than the UI's when the API fell back to English. */
  language?: string;
}

/**
 * Picks ESCO skills or occupations by label (Italian or English, following the UI language;
 * a label only available in English is marked so). `multiple`: the form value is an array of
 * URIs, shown as removable chips; otherwise one URI or null.
 *
 *   <label id="skills-label" for="skills" class="active">Competenze essenziali</label>
 *   <ponte-concept-picker kind="skill" multiple inputId="skills" labelId="skills-label"
 *                         formControlName="essentialSkills" describedBy="skills-error" />
 */
@Component({
  selector: 'ponte-concept-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComboboxComponent, TranslatePipe, IconComponent, ConceptLabelComponent],
  template: `
    @if (multiple() && picked().length > 0) {
      <ul
        class="ponte-chips list-unstyled d-flex flex-wrap gap-2 mb-2"
        [attr.aria-labelledby]="labelId()"
      >
        @for (item of picked(); track item.uri) {
          <li class="ponte-chip">
            <ponte-concept-label [label]="item.label" [language]="item.language" />
            <button
              type="button"
              class="btn btn-link p-0 ms-1"
              [disabled]="disabled()"
              (click)="remove(item.uri)"
            >
              <ponte-icon name="it-close" size="sm" />
              <span class="visually-hidden">{{
                'ui.concept.remove' | t: { label: item.label ?? ('ui.concept.unknown' | t) }
              }}</span>
            </button>
          </li>
        }
      </ul>
    }
    <ponte-combobox
      [inputId]="inputId()"
      [labelId]="labelId()"
      [search]="search"
      [describedBy]="describedBy()"
      [invalid]="state.invalid()"
      [required]="state.required()"
      [disabled]="disabled()"
      [placeholderKey]="
        multiple()
          ? 'ui.concept.placeholderMany'
          : 'ui.concept.placeholderOne'
      "
      [(text)]="text"
      (picked)="pick($event)"
      (typed)="typed()"
      (blurred)="onTouched()"
    />
  `,
})
export class ConceptPickerComponent implements ControlValueAccessor, OnInit {
  private readonly reference = inject(ReferenceService);
  private readonly i18n = inject(TranslationService);
  readonly kind = input.required<ConceptKind>();
  readonly multiple = input(false, {
    transform: (v: boolean | '') => v === '' || v,
  });
  readonly inputId = input.required<string>();
  readonly labelId = input.required<string>();
  readonly describedBy = input('');

  protected readonly state = new ControlState(this);
  protected readonly text = signal('');
  protected readonly disabled = signal(false);
  protected readonly picked = signal<Picked[]>([]);
  private readonly uris = computed(() => this.picked().map((p) => p.uri));
  private onChange: (value: string[] | string | null) => void = () =>
    undefined;
  protected onTouched: () => void = () => undefined;

  protected readonly search: ComboboxSearch = (text) =>
    this.reference.suggestConcepts(this.kind(), text).pipe(
      map((items) =>
        items
          .filter((c) => !this.multiple() || !this.uris().includes(c.uri))
          .map(
            (c): ComboboxOption => ({
              id: c.uri,
              label: c.label,
              hint: [
                c.matchedLabel !== c.label ? `«${c.matchedLabel}»` : '',
                c.labelLanguage !== this.i18n.language()
                  ? this.i18n.t('ui.concept.inLanguage', {
                      language: languageName(c.labelLanguage, this.i18n.language()),
                    })
                  : '',
              ]
                .filter(Boolean)
                .join(' · '),
              data: c.labelLanguage,
            }),
          ),
      ),
    );

  constructor() {
    // Labels follow the UI language: fetch them again when it changes.
    effect(() => {
      this.i18n.language();
      untracked(() => this.loadLabels(this.uris()));
    });
  }

  ngOnInit(): void {
    this.state.connect();
  }

  writeValue(value: string[] | string | null): void {
    const uris = Array.isArray(value) ? value : value ? [value] : [];
    this.picked.set(uris.map((uri) => ({ uri, label: null })));
    if (!this.multiple()) this.text.set('');
    this.loadLabels(uris);
  }

  registerOnChange(fn: (value: string[] | string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected pick(option: ComboboxOption): void {
    const language = String(option.data ?? '');
    const item: Picked = { uri: option.id, label: option.label, language: language || undefined };
    if (this.multiple()) {
      this.picked.update((list) => [...list, item]);
      this.text.set('');
    } else {
      this.picked.set([item]);
      this.text.set(item.label ?? '');
    }
    this.emit();
  }

  protected remove(uri: string): void {
    this.picked.update((list) => list.filter((p) => p.uri !== uri));
    this.emit();
    this.onTouched();
  }

  protected typed(): void {
    // In single mode the typed text replaces the pick until a suggestion is chosen.
    if (!this.multiple() && this.picked().length) {
      this.picked.set([]);
      this.emit();
    }
  }

  /** The text of the single-choice input: the label, and its language when it is not the UI's. */
  private withLanguage(item: Picked): string {
    const ui = this.i18n.language();
    return item.language && item.language !== ui
      ? `${item.label} (${this.i18n.t('ui.concept.inLanguage', { language: languageName(item.language, ui) })})`
      : (item.label ?? '');
  }

  private emit(): void {
    this.onChange(this.multiple() ? this.uris() : (this.uris()[0] ?? null));
  }

  private loadLabels(uris: string[]): void {
    if (uris.length === 0) return;
    this.reference.conceptLabels(uris).subscribe({
      next: (labels) => {
        this.picked.update((list) =>
          list.map((p) => {
            const found = labels.get(p.uri);
            return found ? { uri: p.uri, label: found.label, language: found.labelLanguage } : p;
          }),
        );
        if (!this.multiple() && this.picked().length) {
          const [first] = this.picked();
          this.text.set(first.label ? this.withLanguage(first) : this.i18n.t('ui.concept.unknown'));
        }
      },
      // Without labels the values stay (nothing is lost), shown as "not available".
      error: () => undefined,
    });
  }
}
