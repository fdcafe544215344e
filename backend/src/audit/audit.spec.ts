import { diff } from './audit.service';

describe('audit diff', () => {
  it('keeps only the fields that changed, without secrets, relations or updatedAt', () => {
    const before = {
      name: 'A',
      territory: 'Lyon',
      updatedAt: new Date(1),
      passwordHash: 'h1',
      person: { id: 'p' },
      tags: ['a'],
    };
    const after = {
      name: 'A',
      territory: 'Nantes',
      updatedAt: new Date(2),
      passwordHash: 'h2',
      person: { id: 'q' },
      tags: ['a', 'b'],
    };
    expect(diff(before, after)).toEqual({
      before: { territory: 'Lyon', tags: ['a'] },
      after: { territory: 'Nantes', tags: ['a', 'b'] },
    });
  });

  it('sees a field set to null', () => {
    expect(diff({ website: 'https://x.org' }, { website: null })).toEqual({
      before: { website: 'https://x.org' },
      after: { website: null },
    });
  });
});
