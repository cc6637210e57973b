import { Offer } from '@ponte/persistence';
import type { CatalogueRules } from '../catalogue/catalogue-rules';
import type { CreateOfferDto } from './dto/offer.dto';

/** Fields a published offer may still change: none of them alters who fits it. */
export const OFFER_PUBLISHED_EDITABLE = ['title', 'description', 'seats', 'deadline', 'startDate', 'accommodations'] as const;

/** Protected-placement vacancies: their own fields and checks. */
export const OFFER_RULES: CatalogueRules<Offer, CreateOfferDto> = {
  kind: 'offer',
  entity: Offer,
  required: ['title', 'description', 'essentialSkills', 'workMode', 'weeklyHours', 'shifts', 'contract', 'seats', 'deadline'],
  publishedEditable: OFFER_PUBLISHED_EDITABLE,
  contentOf: (dto) => ({
    title: dto.title,
    description: dto.description,
    occupationUri: dto.occupationUri ?? null,
    essentialSkills: dto.essentialSkills,
    optionalSkills: dto.optionalSkills ?? [],
    languages: (dto.languages ?? []).map(({ code, cefr }) => ({ code, cefr })),
    minEqf: dto.minEqf ?? null,
    workMode: dto.workMode,
    comune: dto.comune ?? null,
    weeklyHours: dto.weeklyHours,
    shifts: dto.shifts,
    contract: dto.contract,
    seats: dto.seats,
    startDate: dto.startDate ?? null,
    deadline: dto.deadline,
    accommodations: dto.accommodations ?? [],
  }),
  escoFields: (offer, changed) => [
    ...(offer.occupationUri && changed('occupationUri') ? [{ field: 'occupationUri', uri: offer.occupationUri, kind: 'occupation' as const }] : []),
    ...(changed('essentialSkills') ? offer.essentialSkills.map((uri, i) => ({ field: `essentialSkills[${i}]`, uri, kind: 'skill' as const })) : []),
    ...(changed('optionalSkills') ? offer.optionalSkills.map((uri, i) => ({ field: `optionalSkills[${i}]`, uri, kind: 'skill' as const })) : []),
  ],
  ownProblems: (offer) => {
    const essential = new Set(offer.essentialSkills);
    return offer.optionalSkills.flatMap((uri, i) =>
      essential.has(uri) ? [{ field: `optionalSkills[${i}]`, code: 'alsoEssential', params: { value: uri } }] : [],
    );
  },
};
