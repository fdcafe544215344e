import { hasText, sanitizeRichText } from './rich-text';

describe('rich text', () => {
  it('keeps what the editor makes and drops scripts, handlers, styles and unsafe links', () => {
    const html = sanitizeRichText(
      '<h2>Relevé</h2><p onclick="x()" style="color:red"><strong>Adopté</strong> <a href="javascript:alert(1)">ici</a> <a href="https://pad.example.org">pad</a></p><script>alert(1)</script><img src=x onerror=y>',
    );
    expect(html).toBe(
      '<h2>Relevé</h2><p><strong>Adopté</strong> <a target="_blank" rel="noopener noreferrer nofollow">ici</a> <a href="https://pad.example.org" target="_blank" rel="noopener noreferrer nofollow">pad</a></p>',
    );
  });

  it('tells an empty editor from one with words', () => {
    expect(hasText('<p></p><p> </p>')).toBe(false);
    expect(hasText('<ul><li>un point</li></ul>')).toBe(true);
  });
});
