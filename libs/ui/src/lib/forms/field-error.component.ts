import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  signal,
} from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';
import { controlMessages } from './control-messages';

/**
 * The errors of one control, client-side and server-side alike, once the user has touched
 * it (or the form was submitted: call `form.markAllAsTouched()`). The container is always
 * in the DOM with the given `id`, so the field can point at it with `aria-describedby`
 * (the `ponteField` directive does that) and the change is announced.
 *
 *   <input id="email" formControlName="email" class="form-control" ponteField="email-error" />
 *   <ponte-field-error id="email-error" [control]="form.controls.email" />
 */
@Component({
  selector: 'ponte-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent],
  template: `
    <div [id]="id()" class="ponte-field-error" aria-live="polite">
      @for (message of messages(); track $index) {
        <div class="invalid-feedback d-flex align-items-center gap-1">
          <ponte-icon name="it-error" size="xs" color="danger" />
          <span>
            @if ('text' in message) {
              {{ message.text }}
            } @else {
              {{ message.key | t: message.params }}
            }
          </span>
        </div>
      }
    </div>
  `,
  host: { '[attr.id]': 'null' },
})
export class FieldErrorComponent {
  readonly control = input.required<AbstractControl>();
  readonly id = input.required<string>();

  private readonly changes = signal(0);
  protected readonly messages = computed(() => {
    this.changes();
    const control = this.control();
    return control.touched ? controlMessages(control.errors) : [];
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.control().events.subscribe(() =>
        this.changes.update((n) => n + 1),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
