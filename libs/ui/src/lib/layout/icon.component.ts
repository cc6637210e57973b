import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  computed,
  inject,
  input,
} from '@angular/core';

/** The Bootstrap Italia sprite, copied to the portals' assets by their project.json. */
export const ICON_SPRITE_URL = new InjectionToken<string>('ICON_SPRITE_URL', {
  factory: () => '/assets/bootstrap-italia/svg/sprites.svg',
});

/**
 * A Bootstrap Italia icon (`it-user`, `it-close`...). Always decorative: put the text
 * alternative next to it (visible or `.visually-hidden`).
 */
@Component({
  selector: 'ponte-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<svg [attr.class]="classes()" aria-hidden="true" focusable="false">
    <use [attr.href]="href()"></use>
  </svg>`,
  host: { class: 'd-inline-flex' },
})
export class IconComponent {
  private readonly sprite = inject(ICON_SPRITE_URL);
  readonly name = input.required<string>();
  /** xs, sm, lg, xl or empty for the default 32px. */
  readonly size = input<'' | 'xs' | 'sm' | 'lg' | 'xl'>('');
  /** A Bootstrap Italia icon colour: primary, white, secondary, success, danger, warning. */
  readonly color = input<string>('');

  protected readonly href = computed(() => `${this.sprite}#${this.name()}`);
  protected readonly classes = computed(() =>
    [
      'icon',
      this.size() && `icon-${this.size()}`,
      this.color() && `icon-${this.color()}`,
    ]
      .filter(Boolean)
      .join(' '),
  );
}
