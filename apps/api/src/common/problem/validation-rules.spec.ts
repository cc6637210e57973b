import { IsInt, IsString, Min, validate } from 'class-validator';
import { rememberValidationRules } from './validation';

class Listing {
  @IsString() title!: string;
}
class Offer extends Listing {
  @IsInt() @Min(1) seats!: number;
}

const failing = async (value: object) => (await validate(value)).map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).join(',')}`).sort();

/** The remembered rule lookup answers exactly what class-validator's own lookup does. */
describe('rememberValidationRules', () => {
  it('keeps own and inherited rules, for classes defined before and after it starts', async () => {
    const before = await failing(Object.assign(new Offer(), { title: 3, seats: 0 }));
    rememberValidationRules();
    rememberValidationRules();
    expect(before).toEqual(['seats:min', 'title:isString']);
    expect(await failing(Object.assign(new Offer(), { title: 3, seats: 0 }))).toEqual(before);
    expect(await failing(Object.assign(new Offer(), { title: 'Cuoca', seats: 2 }))).toEqual([]);
    expect(await failing(Object.assign(new Listing(), { title: 3 }))).toEqual(['title:isString']);

    class Course extends Listing {
      @IsInt() hours!: number;
    }
    expect(await failing(Object.assign(new Course(), { title: 'Sartoria', hours: 'many' }))).toEqual(['hours:isInt']);
  });
});
