import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  FormControl,
  FormGroup,
  FormArray,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ApiProblem } from '../api/api-problem';
import { applyServerErrors } from '../api/server-errors';
import { FieldErrorComponent } from './field-error.component';
import { FieldDirective } from './field.directive';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FieldDirective, FieldErrorComponent],
  template: `
    <form [formGroup]="form">
      <label for="notes">Note</label>
      <textarea
        id="notes"
        formControlName="notes"
        ponteField="notes-error"
        ponteFieldHint="notes-hint"
      ></textarea>
      <small id="notes-hint">Niente dati personali.</small>
      <ponte-field-error id="notes-error" [control]="form.controls.notes" />
    </form>
  `,
})
class NotesForm {
  readonly form = new FormGroup({
    notes: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(10)],
    }),
    skills: new FormArray([new FormGroup({ uri: new FormControl('') })]),
  });
}

const problem: ApiProblem = {
  type: 'urn:ponte:problem:identifier-detected',
  title: 'Identifier detected',
  status: 422,
  errors: [
    { field: 'notes', message: 'Il testo contiene un numero di telefono.' },
    { field: 'skills.0.uri', message: 'Competenza sconosciuta.' },
    { field: 'consents', message: 'Serve il consenso.' },
  ],
};

describe('field errors', () => {
  it('applyServerErrors reaches nested controls, touches them and returns what matched nothing', () => {
    const form = new NotesForm().form;
    const unmatched = applyServerErrors(form, problem);
    expect(form.controls.notes.errors).toMatchObject({
      server: 'Il testo contiene un numero di telefono.',
    });
    expect(form.controls.notes.touched).toBe(true);
    expect(form.get('skills.0.uri')?.errors).toEqual({
      server: 'Competenza sconosciuta.',
    });
    expect(unmatched).toEqual([
      { field: 'consents', message: 'Serve il consenso.' },
    ]);
  });

  it('the server message goes away when the user edits the field', () => {
    const form = new NotesForm().form;
    applyServerErrors(form, problem);
    form.controls.notes.setValue('ok');
    expect(form.controls.notes.errors).toBeNull();
  });

  it('shows nothing before the field is touched, then client errors, linked by aria-describedby', async () => {
    const fixture = TestBed.createComponent(NotesForm);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const field = page.querySelector('#notes') as HTMLTextAreaElement;
    expect(page.querySelector('#notes-error')?.textContent?.trim()).toBe('');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(field.getAttribute('aria-describedby')).toBe(
      'notes-hint notes-error',
    );

    field.value = 'far too long a note';
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(page.querySelector('#notes-error')?.textContent?.trim()).toBe(
      'Inserisci al massimo 10 caratteri.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.classList).toContain('is-invalid');
    // Only the inner container carries the id: ids stay unique.
    expect(page.querySelectorAll('[id="notes-error"]')).toHaveLength(1);
  });

  it('shows a server error that arrives later (outside any template event)', async () => {
    const fixture = TestBed.createComponent(NotesForm);
    await fixture.whenStable();
    fixture.componentInstance.form.controls.notes.setValue('Tel 333');
    applyServerErrors(fixture.componentInstance.form, problem);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('#notes-error')?.textContent?.trim()).toBe(
      'Il testo contiene un numero di telefono.',
    );
    expect(page.querySelector('#notes')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
  });
});
