import { previewToken, PREVIEW_DAYS, readPreviewToken } from './preview-token';

const id = '6f1c2b9e-4a3d-4e8f-9b1a-2c3d4e5f6a7b';
const now = new Date('2026-12-07T10:00:00Z');

describe('preview tokens', () => {
  it('name the issue they were made for, with this secret, until they expire', () => {
    const token = previewToken('secret', id, now);
    expect(readPreviewToken('secret', token, now)).toBe(id);
    expect(readPreviewToken('other', token, now)).toBeNull();
    const later = new Date(now.getTime() + PREVIEW_DAYS * 86_400_000 + 1000);
    expect(readPreviewToken('secret', token, later)).toBeNull();
  });

  it('refuse a token changed by one character or of another shape', () => {
    const token = previewToken('secret', id, now);
    const changed = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    expect(readPreviewToken('secret', changed, now)).toBeNull();
    expect(readPreviewToken('secret', 'abc', now)).toBeNull();
  });
});
