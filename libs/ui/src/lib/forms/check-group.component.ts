import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  input,
  signal,
} from '@angular/core';
import { ControlValueAccessor } from '@angular/forms';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ControlState } from './control-state';

export interface CheckOption {
  value: string;
  labelKey: string;
}

/**
 * A set of checkboxes whose form value is the array of checked values (shifts,
 * accommodations). Put it in a `<fieldset>` whose `<legend>` names the group.
 *
 *   <ponte-check-group idPrefix="shifts" [options]="shiftOptions" formControlName="shifts"
 *                      describedBy="shifts-error" />
 */
@Component({
  selector: 'ponte-check-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="ponte-check-group" [class.ponte-check-inline]="inline()">
      @for (option of options(); track option.value) {
        <div class="form-check">
          <input
            type="checkbox"
            [id]="idPrefix() + '-' + option.value"
            [checked]="checked().includes(option.value)"
            [disabled]="disabled()"
            [attr.aria-describedby]="describedBy() || null"
            [attr.aria-invalid]="state.invalid() ? 'true' : null"
            (change)="toggle(option.value, $any($event.target).checked)"
            (blur)="onTouched()"
          />
          <label [for]="idPrefix() + '-' + option.value">{{
            option.labelKey | t
          }}</label>
        </div>
      }
    </div>
  `,
})
export class CheckGroupComponent implements ControlValueAccessor, OnInit {
  readonly idPrefix = input.required<string>();
  readonly options = input.required<readonly CheckOption[]>();
  readonly describedBy = input('');
  readonly inline = input(true);

  protected readonly state = new ControlState(this);
  protected readonly checked = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  ngOnInit(): void {
    this.state.connect();
  }

  writeValue(value: string[] | null): void {
    this.checked.set(Array.isArray(value) ? [...value] : []);
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected toggle(value: string, on: boolean): void {
    // Keep the options' order, whatever the click order.
    const next = new Set(this.checked());
    if (on) next.add(value);
    else next.delete(value);
    this.checked.set(
      this.options()
        .map((o) => o.value)
        .filter((v) => next.has(v)),
    );
    this.onChange(this.checked());
  }
}
