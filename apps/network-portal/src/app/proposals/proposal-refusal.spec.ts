import { proposalRefusal } from './shortlist.page';

describe('proposalRefusal', () => {
  it('points a missing consent at the organisation it concerns', () => {
    expect(
      proposalRefusal({
        type: 'urn:ponte:problem:missing-consent',
        title: 'Manca il consenso',
        status: 409,
        detail: 'Manca il consenso della donna a condividere la scheda con questa organizzazione.',
        extensions: { missingConsent: 'share_card', organisationId: 'o-1' },
      }),
    ).toEqual({
      title: 'Manca il consenso',
      detail: 'Manca il consenso della donna a condividere la scheda con questa organizzazione.',
      consent: { kind: 'share_card', organisationId: 'o-1' },
    });
  });

  it('offers no consent link when the refusal is about something else (a safety constraint)', () => {
    const refusal = proposalRefusal({
      type: 'urn:ponte:problem:proposal-not-allowed',
      title: 'Proposta non possibile',
      status: 409,
      detail: 'Il luogo è dentro un’area di esclusione del profilo.',
      extensions: { reason: 'exclusion_area' },
    });
    expect(refusal.consent).toBeUndefined();
    expect(refusal.detail).toContain('area di esclusione');
  });
});
