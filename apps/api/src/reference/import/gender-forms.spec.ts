import { genderForms } from './gender-forms';

describe('genderForms', () => {
  it('splits the two forms of an occupation title', () => {
    expect(genderForms('cuoco/cuoca', true)).toEqual(['cuoco', 'cuoca']);
    expect(genderForms('direttore tecnico di allestimento/direttrice tecnica di allestimento', true)).toEqual([
      'direttore tecnico di allestimento',
      'direttrice tecnica di allestimento',
    ]);
    expect(genderForms('monaco/suora', true)).toEqual(['monaco', 'suora']);
    expect(genderForms('waiter/waitress', true)).toEqual(['waiter', 'waitress']);
  });

  it('completes the short first form from the second', () => {
    expect(genderForms('esperto/esperta nella preparazione del sidro', true)).toEqual([
      'esperto nella preparazione del sidro',
      'esperta nella preparazione del sidro',
    ]);
  });

  it('splits other labels only when both sides are the same title', () => {
    expect(genderForms('addetto agenzia di pegni/addetta agenzia di pegni', false)).toEqual(['addetto agenzia di pegni', 'addetta agenzia di pegni']);
    expect(genderForms('addetto carico/scarico', false)).toEqual([]);
    expect(genderForms('commessa di negozio di abbigliamento uomo/donna', false)).toEqual([]);
    expect(genderForms('produttore cinematografico/di videoclip', false)).toEqual([]);
    expect(genderForms('use CAD/CAM software', false)).toEqual([]);
  });

  it('leaves labels without exactly one slash alone', () => {
    expect(genderForms('cuoco', true)).toEqual([]);
    expect(genderForms('a/b/c', true)).toEqual([]);
    expect(genderForms('cuoco/', true)).toEqual([]);
  });
});
