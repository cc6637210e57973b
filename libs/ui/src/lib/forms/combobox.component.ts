import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  Observable,
  Subject,
  catchError,
  debounceTime,
  map,
  of,
  switchMap,
} from 'rxjs';
import { TranslatePipe } from '../i18n/translate.pipe';

/** One choice of a combobox: `id` is the value, `label` what the user reads. */
export interface ComboboxOption<T = unknown> {
  id: string;
  label: string;
  /** A second, quieter line: a code, the label the text matched, a language marker. */
  hint?: string;
  /** The full record behind the option, handed back on selection. */
  data?: T;
}

export type ComboboxSearch<T = unknown> = (
  text: string,
) => Observable<ComboboxOption<T>[]>;

type Outcome<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; options: ComboboxOption<T>[] }
  | { kind: 'error' };

let nextId = 0;

/**
 * An editable combobox with a suggestion list (WAI-ARIA 1.2 combobox pattern, list
 * autocomplete): Down/Up move through the suggestions, Enter picks, Escape closes (or clears
 * the text when closed), the number of suggestions is announced. The focus stays in the
 * input; the highlighted option is exposed with `aria-activedescendant`.
 *
 * It only reports the picked option (`picked`); the pickers built on it (comuni, ESCO
 * concepts) keep the form value.
 */
@Component({
  selector: 'ponte-combobox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="ponte-combobox">
      <input
        [id]="inputId()"
        type="text"
        class="form-control"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="listId"
        [attr.aria-activedescendant]="activeOptionId()"
        [attr.aria-describedby]="describedBy() || null"
        [attr.aria-invalid]="invalid() ? 'true' : null"
        [attr.aria-required]="required() ? 'true' : null"
        [attr.placeholder]="placeholderKey() ? (placeholderKey()! | t) : null"
        [class.is-invalid]="invalid()"
        [disabled]="disabled()"
        [value]="text()"
        (input)="onInput($event)"
        (keydown)="onKeydown($event)"
        (blur)="onBlur()"
      />
      <ul
        [id]="listId"
        role="listbox"
        class="ponte-combobox-list list-unstyled shadow"
        [attr.aria-labelledby]="labelId()"
        [hidden]="!open()"
      >
        @for (option of options(); track option.id; let i = $index) {
          <!-- Options take no focus in this pattern: the keyboard works from the input. -->
          <!-- eslint-disable-next-line @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
          <li
            [id]="listId + '-' + i"
            role="option"
            class="ponte-combobox-option"
            [class.active]="i === active()"
            [attr.aria-selected]="i === active()"
            (mousedown)="$event.preventDefault()"
            (click)="choose(option)"
          >
            <span class="ponte-combobox-label">{{ option.label }}</span>
            @if (option.hint) {
              <span class="ponte-combobox-hint">{{ option.hint }}</span>
            }
          </li>
        }
      </ul>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {{ statusKey() ? (statusKey()! | t: { count: options().length }) : '' }}
      </div>
    </div>
  `,
})
export class ComboboxComponent<T = unknown> {
  readonly inputId = input.required<string>();
  /** Id of the visible `<label>`; it also names the suggestion list. */
  readonly labelId = input.required<string>();
  readonly search = input.required<ComboboxSearch<T>>();
  /** Characters typed before suggestions are asked for. */
  readonly minChars = input(2);
  readonly describedBy = input('');
  readonly invalid = input(false);
  readonly required = input(false);
  readonly disabled = input(false);
  readonly placeholderKey = input<string | undefined>(undefined);
  /** The text in the input (two-way: pickers set it to the chosen label). */
  readonly text = model('');
  readonly picked = output<ComboboxOption<T>>();
  /** The text changed by typing (the previous pick no longer holds). */
  readonly typed = output<string>();
  readonly blurred = output<void>();

  protected readonly listId = `ponte-combobox-${nextId++}-list`;
  private readonly outcome = signal<Outcome<T>>({ kind: 'idle' });
  protected readonly active = signal(-1);
  private readonly expanded = signal(false);
  private readonly queries = new Subject<string>();

  protected readonly options = computed(() => {
    const outcome = this.outcome();
    return outcome.kind === 'results' ? outcome.options : [];
  });
  protected readonly open = computed(
    () => this.expanded() && this.options().length > 0,
  );
  protected readonly activeOptionId = computed(() =>
    this.open() && this.active() >= 0
      ? `${this.listId}-${this.active()}`
      : null,
  );
  /** What the live region says: how many suggestions, none, or that they failed. */
  protected readonly statusKey = computed((): string | null => {
    const outcome = this.outcome();
    if (!this.expanded()) return null;
    if (outcome.kind === 'error') return 'ui.combobox.error';
    if (outcome.kind !== 'results') return null;
    return outcome.options.length === 0
      ? 'ui.combobox.none'
      : 'ui.combobox.count';
  });

  constructor() {
    this.queries
      .pipe(
        debounceTime(200),
        switchMap((text) =>
          text.trim().length < this.minChars()
            ? of<Outcome<T>>({ kind: 'idle' })
            : this.search()(text.trim()).pipe(
                map((options): Outcome<T> => ({ kind: 'results', options })),
                catchError(() => of<Outcome<T>>({ kind: 'error' })),
              ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((outcome) => {
        this.outcome.set(outcome);
        this.active.set(-1);
      });
  }

  protected onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.text.set(text);
    this.typed.emit(text);
    this.expanded.set(true);
    this.outcome.set({ kind: 'loading' });
    this.queries.next(text);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded()) {
          this.expanded.set(true);
          if (this.outcome().kind === 'idle') this.queries.next(this.text());
        }
        if (count) this.active.set((this.active() + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count) this.active.set(this.active() <= 0 ? count - 1 : this.active() - 1);
        break;
      case 'Enter':
        if (this.open() && this.active() >= 0) {
          event.preventDefault();
          this.choose(this.options()[this.active()]);
        }
        break;
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        } else if (this.text()) {
          event.preventDefault();
          this.text.set('');
          this.typed.emit('');
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  protected onBlur(): void {
    this.close();
    this.blurred.emit();
  }

  protected choose(option: ComboboxOption<T>): void {
    this.picked.emit(option);
    this.close();
  }

  private close(): void {
    this.expanded.set(false);
    this.active.set(-1);
  }
}
