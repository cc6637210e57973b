import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  signal,
} from '@angular/core';
import { ControlValueAccessor } from '@angular/forms';
import { Observable, map } from 'rxjs';
import {
  ComboboxComponent,
  ComboboxOption,
  ComboboxSearch,
} from '../forms/combobox.component';
import { ControlState } from '../forms/control-state';
import type { ComuneRef } from '@ponte/contracts';
import { ReferenceService } from './reference.service';

/** Where comuni come from: the API (signed in) or any other list (e.g. a bundled one). */
export interface ComuneSource {
  suggest(text: string): Observable<ComuneRef[]>;
  get(istatCode: string): Observable<ComuneRef>;
}

/**
 * Picks one comune of the metropolitan area by name or ISTAT code. The form value is the
 * six-digit ISTAT code, or null while the text names no picked comune.
 *
 *   <label id="seat-label" for="seat" class="active">Comune</label>
 *   <ponte-comune-picker inputId="seat" labelId="seat-label" formControlName="seatComune"
 *                        describedBy="seat-error" />
 *   <ponte-field-error id="seat-error" [control]="form.controls.seatComune" />
 */
@Component({
  selector: 'ponte-comune-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComboboxComponent],
  template: `
    <ponte-combobox
      [inputId]="inputId()"
      [labelId]="labelId()"
      [search]="search"
      [minChars]="1"
      [describedBy]="describedBy()"
      [invalid]="state.invalid()"
      [required]="state.required()"
      [disabled]="disabled()"
      [(text)]="text"
      (picked)="pick($event)"
      (typed)="clearPick()"
      (blurred)="onTouched()"
    />
  `,
})
export class ComunePickerComponent implements ControlValueAccessor, OnInit {
  private readonly reference = inject(ReferenceService);
  readonly inputId = input.required<string>();
  readonly labelId = input.required<string>();
  readonly describedBy = input('');
  /** Defaults to the API (`/api/reference/comuni`). */
  readonly source = input<ComuneSource | undefined>(undefined);

  protected readonly state = new ControlState(this);
  protected readonly text = signal('');
  protected readonly disabled = signal(false);
  private value: string | null = null;
  private onChange: (value: string | null) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  protected readonly search: ComboboxSearch<ComuneRef> = (text) =>
    this.activeSource()
      .suggest(text)
      .pipe(
        map((comuni) =>
          comuni.map(
            (c): ComboboxOption<ComuneRef> => ({
              id: c.istatCode,
              label: c.name,
              hint: c.istatCode,
              data: c,
            }),
          ),
        ),
      );

  ngOnInit(): void {
    this.state.connect();
  }

  writeValue(value: string | null): void {
    this.value = value || null;
    if (!this.value) {
      this.text.set('');
      return;
    }
    const code = this.value;
    this.activeSource()
      .get(code)
      .subscribe({
        next: (comune) => {
          if (this.value === code) this.text.set(comune.name);
        },
        error: () => {
          if (this.value === code) this.text.set(code);
        },
      });
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected pick(option: ComboboxOption<ComuneRef>): void {
    this.value = option.id;
    this.text.set(option.label);
    this.onChange(option.id);
  }

  protected clearPick(): void {
    if (this.value === null) return;
    this.value = null;
    this.onChange(null);
  }

  private activeSource(): ComuneSource {
    return (
      this.source() ?? {
        suggest: (text) => this.reference.suggestComuni(text),
        get: (code) => this.reference.comune(code),
      }
    );
  }
}
