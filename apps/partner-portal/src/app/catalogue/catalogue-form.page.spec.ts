import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PARTNER_ROLES } from '@ponte/domain';
import { providePonteHttp, providePortalConfig, provideTranslations } from '@ponte/ui';
import { partnerDictionary } from '../i18n/partner.i18n';
import { CatalogueFormPage } from './catalogue-form.page';
import { buildOfferForm, catalogueBody, syncComuneRequirement, todayInMilan } from './catalogue.form';
import { catalogueDictionary } from './catalogue.i18n';
import { CatalogueService } from './catalogue.service';

@Component({ template: 'detail' })
class Detail {}

const SKILL = 'http://data.europa.eu/esco/skill/stock';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('offer form', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'offers/new', component: CatalogueFormPage, data: { catalogueKind: 'offer' } },
          { path: 'offers/:id/edit', component: CatalogueFormPage, data: { catalogueKind: 'offer' } },
          { path: 'offers/:id', component: Detail },
        ]),
        providePonteHttp(),
        provideHttpClientTesting(),
        provideTranslations(partnerDictionary, catalogueDictionary),
        providePortalConfig({
          titleKey: 'partner.title',
          taglineKey: 'partner.tagline',
          audienceKey: 'partner.audience',
          wrongPortalKey: 'partner.wrongPortal',
          roles: PARTNER_ROLES,
        }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('needs a comune unless the work is fully remote, and a deadline that is not past', () => {
    const form = buildOfferForm(TestBed.inject(FormBuilder));
    syncComuneRequirement(form);
    expect(form.controls.comune.hasError('required')).toBe(true);
    form.controls.workMode.setValue('remote');
    syncComuneRequirement(form);
    expect(form.controls.comune.errors).toBeNull();
    form.controls.deadline.setValue('2020-01-01');
    expect(form.controls.deadline.hasError('past')).toBe(true);
    form.controls.deadline.setValue(todayInMilan());
    expect(form.controls.deadline.errors).toBeNull();
  });

  it('leaves empty optional fields out of a new offer and clears them (null) in an update', () => {
    const form = buildOfferForm(TestBed.inject(FormBuilder));
    form.patchValue({
      title: ' Addetta al magazzino ',
      description: 'Rifornimento scaffali e inventario.',
      essentialSkills: [SKILL],
      workMode: 'remote',
      shifts: ['morning'],
      weeklyHours: 30,
      contract: 'tirocinio',
      seats: 1,
      deadline: inDays(10),
    });
    const created = catalogueBody('offer', form, 'create');
    expect(created).toMatchObject({ title: 'Addetta al magazzino', essentialSkills: [SKILL], workMode: 'remote' });
    expect(created).not.toHaveProperty('comune');
    expect(created).not.toHaveProperty('startDate');
    expect(catalogueBody('offer', form, 'update')).toMatchObject({ comune: null, startDate: null, occupationUri: null });
  });

  it('sends nothing while required fields are missing, and marks them', async () => {
    const harness = await RouterTestingHarness.create('/offers/new');
    const page = harness.routeNativeElement!;
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(page.querySelector('#cat-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#cat-essential')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#cat-shifts-error')?.textContent).toContain('obbligatorio');
    http.expectNone('/api/offers');
  });

  it('puts the API’s 422 on the field named by its JSON path (essentialSkills[0]) and saves on retry', async () => {
    const harness = await RouterTestingHarness.create('/offers/new');
    const page = harness.routeNativeElement!;
    const form = (harness.routeDebugElement!.componentInstance as { form: ReturnType<typeof buildOfferForm> }).form;
    form.patchValue({
      title: 'Addetta al magazzino',
      description: 'Rifornimento scaffali e inventario.',
      essentialSkills: [SKILL],
      comune: '015146',
      shifts: ['morning'],
      weeklyHours: 30,
      contract: 'tirocinio',
      seats: 2,
      deadline: inDays(10),
    });
    http.match('/api/reference/concepts/lookup').forEach((r) => r.flush({ items: [], unknown: [] }));
    http.match('/api/reference/comuni/015146').forEach((r) => r.flush({ istatCode: '015146', name: 'Milano' }));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    const create = http.expectOne('/api/offers');
    expect(create.request.method).toBe('POST');
    create.flush(
      {
        type: 'urn:ponte:problem:validation',
        title: 'Dati non validi',
        status: 422,
        errors: [{ field: 'essentialSkills[0]', message: 'Competenza ESCO sconosciuta.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();
    expect(page.querySelector('#cat-essential-error')?.textContent).toContain('Competenza ESCO sconosciuta');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Alcuni campi non sono validi');

    form.controls.essentialSkills.setValue([`${SKILL}-2`]);
    http.match('/api/reference/concepts/lookup').forEach((r) => r.flush({ items: [], unknown: [] }));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/offers').flush({ id: 'offer-1' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/offers/offer-1?saved=1');
  });

  it('locks the fields that decide who fits once the offer is published', async () => {
    const harness = await RouterTestingHarness.create('/offers/o-9/edit');
    http.expectOne('/api/offers/o-9').flush({
      id: 'o-9',
      status: 'published',
      title: 'Cassiera',
      description: 'Cassa e accoglienza clienti.',
      languages: [{ code: 'it', cefr: 'B1' }],
      minEqf: null,
      workMode: 'on_site',
      comune: '015146',
      shifts: ['morning'],
      seats: 1,
      seatsFilled: 0,
      deadline: inDays(5),
      occupationUri: null,
      essentialSkills: [SKILL],
      optionalSkills: [],
      weeklyHours: 20,
      contract: 'tirocinio',
      startDate: null,
      accommodations: [],
      organisation: { id: 'org', name: 'Acme', kind: 'company' },
    });
    const answerReference = () =>
      http
        .match(() => true)
        .forEach((r) => r.flush(r.request.url.includes('lookup') ? { items: [], unknown: [] } : { istatCode: '015146', name: 'Milano' }));
    answerReference();
    await harness.fixture.whenStable();
    answerReference();
    const page = harness.routeNativeElement!;
    expect(page.textContent).toContain('È già pubblicato');
    expect(page.querySelector<HTMLInputElement>('#cat-title')!.disabled).toBe(false);
    expect(page.querySelector<HTMLInputElement>('#cat-weekly-hours')!.disabled).toBe(true);
    expect(page.querySelector<HTMLInputElement>('#cat-essential')!.disabled).toBe(true);
    expect(page.querySelectorAll('[id^="cat-lang-"]')).toHaveLength(1);
  });

  it('counts the proposals of an offer with one small page of the partner inbox', () => {
    let count = -1;
    TestBed.inject(CatalogueService).proposalCount('offer', 'o-1').subscribe((n) => (count = n));
    const req = http.expectOne((r) => r.url === '/api/partner/proposals');
    expect(req.request.params.get('offerId')).toBe('o-1');
    expect(req.request.params.get('pageSize')).toBe('1');
    req.flush({ items: [], total: 4, page: 1, pageSize: 1 });
    expect(count).toBe(4);
  });
});
