import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { InactivityService } from './inactivity.service';

/**
 * The inactivity warning, a native modal `<dialog>` (focus is trapped and restored by the
 * browser). Escape counts as "stay signed in".
 */
@Component({
  selector: 'ponte-inactivity-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dialog
      #dialog
      class="ponte-dialog"
      aria-labelledby="ponte-inactivity-title"
      aria-describedby="ponte-inactivity-message"
      (cancel)="$event.preventDefault(); inactivity.stayActive()"
    >
      <div class="modal-content">
        <div class="modal-header">
          <h2 class="modal-title h5" id="ponte-inactivity-title">
            {{ 'ui.inactivity.title' | t }}
          </h2>
        </div>
        <div class="modal-body">
          <p id="ponte-inactivity-message">
            {{
              'ui.inactivity.message'
                | t
                  : {
                      minutes: inactivity.idleMinutes,
                      seconds: inactivity.secondsLeft(),
                    }
            }}
          </p>
        </div>
        <div class="modal-footer">
          <button
            type="button"
            class="btn btn-outline-primary btn-sm"
            (click)="inactivity.signOutNow()"
          >
            {{ 'ui.inactivity.signOut' | t }}
          </button>
          <button
            type="button"
            class="btn btn-primary btn-sm"
            autofocus
            (click)="inactivity.stayActive()"
          >
            {{ 'ui.inactivity.stay' | t }}
          </button>
        </div>
      </div>
    </dialog>
  `,
})
export class InactivityDialogComponent {
  protected readonly inactivity = inject(InactivityService);
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      const show = this.inactivity.warning();
      // jsdom has no showModal: fall back to the `open` attribute there.
      if (show && !dialog.open) {
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
      } else if (!show && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
    });
  }
}
