import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
} from '@angular/core';
import { AbstractControl, FormArray, FormGroup } from '@angular/forms';
import { ControlMessage, FieldProblem, TranslatePipe, controlMessages } from '@ponte/ui';

/** One invalid field of a refused form: where it is, what it is called, what is wrong. */
export interface ErrorEntry {
  fieldId: string;
  label: string;
  messages: ControlMessage[];
}

/** Dotted paths of the invalid leaf controls of a form, in form order. */
export function invalidPaths(control: AbstractControl, path = ''): string[] {
  if (control instanceof FormGroup || control instanceof FormArray) {
    const children = Object.entries(control.controls as Record<string, AbstractControl>);
    const nested = children.flatMap(([name, child]) =>
      invalidPaths(child, path ? `${path}.${name}` : name),
    );
    // A group's own error (none here today) would otherwise be lost.
    return nested.length || !control.errors ? nested : [path];
  }
  return control.invalid ? [path] : [];
}

/** Error entries for a refused form; labels are read from the page (`label[for=id]`). */
export function errorEntries(
  form: AbstractControl,
  fieldId: (path: string) => string,
  document: Document,
): ErrorEntry[] {
  return invalidPaths(form).map((path) => {
    const id = fieldId(path);
    const label =
      document.querySelector(`label[for="${id}"]`)?.textContent?.trim() ||
      document.getElementById(`${id}-label`)?.textContent?.trim() ||
      document.querySelector(`#${id} legend`)?.textContent?.trim() ||
      path;
    return { fieldId: id, label, messages: controlMessages(form.get(path)?.errors ?? null) };
  });
}

/**
 * The list of problems above a refused form, focused when it appears, each linking to its
 * field; `unmatched` holds server errors that belong to no field.
 */
@Component({
  selector: 'ponte-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (entries().length || unmatched().length) {
      <div class="alert alert-danger ponte-error-summary" role="alert" tabindex="-1">
        <h2 class="h5 alert-heading">{{ headingKey() | t }}</h2>
        <ul class="mb-0">
          @for (e of entries(); track e.fieldId) {
            <li>
              <a [href]="'#' + e.fieldId" (click)="focus($event, e.fieldId)">{{ e.label }}</a>:
              @for (m of e.messages; track $index) {
                @if ('text' in m) {
                  {{ m.text }}
                } @else {
                  {{ m.key | t: m.params }}
                }
              }
            </li>
          }
          @for (u of unmatched(); track $index) {
            <li>{{ u.message }}</li>
          }
        </ul>
      </div>
    }
  `,
})
export class ErrorSummaryComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly entries = input<readonly ErrorEntry[]>([]);
  readonly unmatched = input<readonly FieldProblem[]>([]);
  readonly headingKey = input('network.errors.heading');

  constructor() {
    effect(() => {
      if (!this.entries().length && !this.unmatched().length) return;
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('.ponte-error-summary')?.focus(),
        { injector: this.injector },
      );
    });
  }

  protected focus(event: Event, id: string): void {
    const element = this.host.nativeElement.ownerDocument.getElementById(id);
    const field = element?.matches('input, select, textarea')
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea');
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }
}
