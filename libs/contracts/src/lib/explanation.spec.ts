import { isOfferExplanation, type CourseExplanation, type OfferExplanation } from './explanation';

describe('isOfferExplanation', () => {
  it('tells an offer explanation (skills listed) from a course explanation', () => {
    const offer = { skills: [] } as unknown as OfferExplanation;
    const course = { closes: [] } as unknown as CourseExplanation;
    expect([isOfferExplanation(offer), isOfferExplanation(course)]).toEqual([true, false]);
  });
});
