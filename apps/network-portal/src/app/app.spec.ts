import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { PortalRootComponent, TranslationService } from '@ponte/ui';
import { appConfig } from './app.config';

describe('network portal shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
  });

  it('sends a visitor without a session to the sign-in page, titled in Italian', async () => {
    const fixture = TestBed.createComponent(PortalRootComponent);
    const router = TestBed.inject(Router);
    const http = TestBed.inject(HttpTestingController);

    const navigation = router.navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne('/api/auth/refresh')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    await fixture.whenStable();

    expect(router.url).toBe('/sign-in?returnUrl=%2F');
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain(
      'Accedi al servizio',
    );
    expect(page.querySelector('.it-brand-tagline')?.textContent).toContain(
      'Portale reti antiviolenza',
    );
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Accedi | Ponte — Portale reti antiviolenza',
    );
  });

  it('retitles the page when the language changes', async () => {
    const fixture = TestBed.createComponent(PortalRootComponent);
    await TestBed.inject(Router).navigateByUrl('/password-reset');
    TestBed.inject(TranslationService).use('en');
    await fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Password recovery | Ponte — Anti-violence networks portal',
    );
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent,
    ).toContain('Recover your password');
  });
});
