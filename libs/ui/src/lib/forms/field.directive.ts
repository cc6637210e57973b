import {
  ChangeDetectorRef,
  DestroyRef,
  Directive,
  OnInit,
  inject,
  input,
} from '@angular/core';
import { NgControl } from '@angular/forms';

/**
 * On a form field: `aria-invalid` and Bootstrap's `is-invalid` once the control is touched
 * and invalid, and `aria-describedby` pointing at its `<ponte-field-error>` (plus any hint
 * ids given in `ponteFieldHint`).
 */
@Directive({
  selector: '[ponteField]',
  host: {
    '[attr.aria-invalid]': 'invalid() ? "true" : null',
    '[class.is-invalid]': 'invalid()',
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class FieldDirective implements OnInit {
  /** Id of the field's `<ponte-field-error>`. */
  readonly ponteField = input.required<string>();
  /** Ids of hint texts, space-separated. */
  readonly ponteFieldHint = input<string>('');

  private readonly ngControl = inject(NgControl, { self: true });
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    // Server errors arrive outside any template event: re-check the host bindings then too.
    const subscription = this.ngControl.control?.events.subscribe(() =>
      this.changeDetector.markForCheck(),
    );
    this.destroyRef.onDestroy(() => subscription?.unsubscribe());
  }

  protected invalid(): boolean {
    const control = this.ngControl.control;
    return !!control && control.invalid && control.touched;
  }

  protected describedBy(): string {
    return [this.ponteFieldHint(), this.ponteField()].filter(Boolean).join(' ');
  }
}
