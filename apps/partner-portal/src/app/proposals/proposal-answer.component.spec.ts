import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ROLE_PERMISSIONS } from '@ponte/domain';
import { SessionStore, providePonteHttp, provideTranslations } from '@ponte/ui';
import { catalogueDictionary } from '../catalogue/catalogue.i18n';
import type { PartnerProposal } from '@ponte/contracts';
import { ProposalAnswerComponent } from './proposal-answer.component';
import { proposalsDictionary } from './proposals.i18n';

const proposal = (state: PartnerProposal['state'], kind: PartnerProposal['kind'] = 'offer'): PartnerProposal =>
  ({ id: 'p-1', kind, state, target: { id: 'o-1', title: 'Magazzino' }, history: [] }) as unknown as PartnerProposal;

describe('ProposalAnswerComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [providePonteHttp(), provideHttpClientTesting(), provideTranslations(proposalsDictionary, catalogueDictionary)],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).start({
      accessToken: 't',
      expiresIn: 900,
      user: { id: 'u', email: 'a@b.it', displayName: 'A', role: 'partner_member', permissions: [...ROLE_PERMISSIONS.partner_member] },
    });
  });

  afterEach(() => http.verify());

  async function render(p: PartnerProposal) {
    const fixture = TestBed.createComponent(ProposalAnswerComponent);
    fixture.componentRef.setInput('proposal', p);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const buttons = () => [...page.querySelectorAll('button')].map((b) => b.textContent?.trim());
    return { fixture, page, buttons };
  }

  it('offers only the moves the state machine allows from the current state', async () => {
    expect((await render(proposal('viewed'))).buttons()).toEqual(['Mi interessa', 'Non proseguire']);
    expect((await render(proposal('interview_arranged'))).buttons()).toEqual(['Registra l’assunzione', 'Non assunta']);
    expect((await render(proposal('enrolled', 'course'))).buttons()).toEqual(['Corso completato', 'Corso interrotto']);
    expect((await render(proposal('hired'))).page.textContent).toContain('Nessuna azione possibile');
  });

  it('declining needs a reason, then sends it', async () => {
    const { fixture, page } = await render(proposal('viewed'));
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Non proseguire'))!.click();
    await fixture.whenStable();
    expect(page.querySelector('[aria-expanded="true"]')).not.toBeNull();
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(page.querySelector('#answer-reason-error')?.textContent).toContain('obbligatorio');
    http.expectNone('/api/partner/proposals/p-1/transitions');

    const select = page.querySelector<HTMLSelectElement>('#answer-reason')!;
    select.value = 'schedule_incompatible';
    select.dispatchEvent(new Event('change'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/partner/proposals/p-1/transitions');
    expect(req.request.body).toEqual({ to: 'declined', reason: 'schedule_incompatible' });
    req.flush(proposal('declined'));
    expect(changed).toHaveBeenCalledWith(expect.objectContaining({ state: 'declined' }));
  });

  it('arranging an interview sends the typed time as Rome time (whatever the machine\'s zone) and the place; the API’s field errors land on the fields', async () => {
    const { fixture, page } = await render(proposal('interested'));
    [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Fissa il colloquio'))!.click();
    await fixture.whenStable();
    const at = page.querySelector<HTMLInputElement>('#answer-at')!;
    at.value = '2026-12-02T10:30';
    at.dispatchEvent(new Event('input'));
    const place = page.querySelector<HTMLInputElement>('#answer-place')!;
    place.value = 'Via Carducci 12';
    place.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/partner/proposals/p-1/transitions');
    expect(req.request.body).toEqual({
      to: 'interview_arranged',
      // 10:30 in Milan on 2 December is 09:30 UTC (issue 21: it was read in the browser's zone).
      interview: { at: '2026-12-02T09:30:00.000Z', place: 'Via Carducci 12' },
    });
    req.flush(
      { type: 'urn:ponte:problem:validation', title: 'x', status: 422, errors: [{ field: 'interview.place', message: 'Il testo contiene un indirizzo.' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(page.querySelector('#answer-place-error')?.textContent).toContain('Il testo contiene un indirizzo.');
  });
});
