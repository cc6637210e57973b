import { AbstractControl } from '@angular/forms';
import { ApiProblem, FieldProblem } from './api-problem';

/** Error key a server message is stored under in a control's `errors`. */
export const SERVER_ERROR_KEY = 'server';

/**
 * Puts each field error of a problem on the matching control (dotted paths reach nested
 * groups and arrays: `skills.0.uri`), marks it touched so it shows, and returns the errors
 * that match no control, for a summary above the form. The server message disappears at
 * the control's next validation (i.e. when the user edits the field).
 */
export function applyServerErrors(
  form: AbstractControl,
  problem: ApiProblem,
): FieldProblem[] {
  const unmatched: FieldProblem[] = [];
  for (const error of problem.errors ?? []) {
    const control = error.field ? nearestControl(form, controlPath(error.field)) : null;
    if (!control) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({
      ...(control.errors ?? {}),
      [SERVER_ERROR_KEY]: error.message,
    });
    control.markAsTouched();
  }
  return unmatched;
}

/** The API names fields by JSON path (`skills[2].uri`); Angular forms by dotted path (`skills.2.uri`). */
export function controlPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * The control at `path`, or else at its longest prefix that is one: `essentialSkills.2` lands
 * on an `essentialSkills` control that holds the whole array (e.g. a picker of URIs).
 */
function nearestControl(form: AbstractControl, path: string): AbstractControl | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const control = form.get(parts.slice(0, n).join('.'));
    if (control) return control;
  }
  return null;
}
