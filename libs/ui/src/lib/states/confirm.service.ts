import {
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  EnvironmentInjector,
  Injectable,
  afterNextRender,
  createComponent,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';

export interface ConfirmRequest {
  /** Already translated texts. */
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
}

/**
 * A question before a consequential step (publish, express interest, deactivate), as a native
 * modal `<dialog>`: the browser traps focus and gives it back to the button that opened it;
 * Escape and "Annulla" cancel. The confirm button states the action, never a bare "OK".
 */
@Component({
  selector: 'ponte-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dialog #dialog class="ponte-dialog" aria-labelledby="ponte-confirm-title" aria-describedby="ponte-confirm-message"
            (cancel)="$event.preventDefault(); answer.emit(false)">
      <div class="modal-content">
        <div class="modal-header"><h2 class="modal-title h5" id="ponte-confirm-title">{{ request().title }}</h2></div>
        <div class="modal-body"><p id="ponte-confirm-message" class="mb-0">{{ request().message }}</p></div>
        <div class="modal-footer">
          <button type="button" class="btn btn-outline-primary btn-sm" (click)="answer.emit(false)">
            {{ request().cancelLabel ?? ('ui.confirm.cancel' | t) }}
          </button>
          <button type="button" class="btn btn-primary btn-sm" autofocus (click)="answer.emit(true)">{{ request().confirmLabel }}</button>
        </div>
      </div>
    </dialog>
  `,
})
export class ConfirmDialogComponent {
  readonly request = input.required<ConfirmRequest>();
  readonly answer = output<boolean>();
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // jsdom has no showModal: fall back to the `open` attribute there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    });
  }
}

/** Opens a confirmation dialog and resolves true when the person confirms. */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly appRef = inject(ApplicationRef);
  private readonly injector = inject(EnvironmentInjector);
  private readonly i18n = inject(TranslationService);

  /** Keys are translated here: `confirmKeys('catalogue.confirm.publish', { title })` reads `.title`, `.message`, `.action`. */
  confirmKeys(prefix: string, params: Record<string, string | number> = {}): Promise<boolean> {
    return this.confirm({
      title: this.i18n.t(`${prefix}.title`, params),
      message: this.i18n.t(`${prefix}.message`, params),
      confirmLabel: this.i18n.t(`${prefix}.action`, params),
    });
  }

  confirm(request: ConfirmRequest): Promise<boolean> {
    const opener = document.activeElement as HTMLElement | null;
    const ref = createComponent(ConfirmDialogComponent, { environmentInjector: this.injector });
    ref.setInput('request', request);
    document.body.appendChild(ref.location.nativeElement);
    this.appRef.attachView(ref.hostView);
    return new Promise((resolve) => {
      ref.instance.answer.subscribe((confirmed) => {
        this.appRef.detachView(ref.hostView);
        ref.destroy();
        opener?.focus?.();
        resolve(confirmed);
      });
    });
  }
}
