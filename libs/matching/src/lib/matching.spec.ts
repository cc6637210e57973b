import { matching } from './matching';

describe('matching', () => {
  it('should work', () => {
    expect(matching()).toEqual('matching');
  });
});
