import { DestroyRef, computed, inject, signal } from '@angular/core';
import { ControlValueAccessor, NgControl, Validators } from '@angular/forms';

/**
 * For custom form controls that make themselves the value accessor of the `formControlName`
 * on their host (instead of providing NG_VALUE_ACCESSOR), so that they can read the control:
 * `invalid()` is true once it is touched and invalid (as `ponteField` does for native
 * fields), `required()` when it carries Validators.required. Create it in a field
 * initialiser and call `connect()` in ngOnInit (the control exists only then).
 */
export class ControlState {
  private readonly ngControl = inject(NgControl, { self: true, optional: true });
  private readonly destroyRef = inject(DestroyRef);
  private readonly version = signal(0);

  constructor(accessor: ControlValueAccessor) {
    if (this.ngControl) this.ngControl.valueAccessor = accessor;
  }

  connect(): void {
    const subscription = this.ngControl?.control?.events.subscribe(() =>
      this.version.update((n) => n + 1),
    );
    this.destroyRef.onDestroy(() => subscription?.unsubscribe());
    this.version.update((n) => n + 1);
  }

  readonly invalid = computed(() => {
    this.version();
    const control = this.ngControl?.control;
    return !!control && control.invalid && control.touched;
  });

  readonly required = computed(() => {
    this.version();
    return !!this.ngControl?.control?.hasValidator(Validators.required);
  });
}
