import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Ponte's mark: an arched bridge. Decorative: the service name is always written next to it. */
@Component({
  selector: 'ponte-brand-logo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<svg
    class="icon ponte-logo"
    viewBox="0 0 48 48"
    aria-hidden="true"
    focusable="false"
  >
    <path
      d="M3 28c6-12 14-17 21-17s15 5 21 17h-5c-5-8-10-12-16-12S13 20 8 28z"
    />
    <path d="M15.5 18.6h3v9.4h-3zM22.5 16h3v12h-3zM29.5 18.6h3v9.4h-3z" />
    <path d="M1 28h46v4H1z" />
    <path d="M6 32h4v10H6zM38 32h4v10h-4z" />
  </svg>`,
})
export class BrandLogoComponent {}
