import { hashPassword, isStrongPassword, verifyPassword } from './password';

describe('password policy', () => {
  it.each([
    'court',
    'onze-lettre',
    'motdepasse2024',
    'Password1234!',
    '123456789012',
    'aaaaaaaaaaaaaaa',
    'azertyuiop123',
  ])('refuses %s', (p) => {
    expect(isStrongPassword(p)).toBe(false);
  });

  it.each(['Une phrase de passe solide 2026', 'vélo-rouge-sous-la-pluie', 'K7#pz!Qm2@Lw'])('accepts %s', (p) => {
    expect(isStrongPassword(p)).toBe(true);
  });

  it('refuses a password built on the person’s own name or email', () => {
    expect(isStrongPassword('dupont-janvier-2026', ['dupont'])).toBe(false);
  });

  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('Une phrase de passe solide 2026');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'Une phrase de passe solide 2026')).toBe(true);
    expect(await verifyPassword(hash, 'autre chose entièrement')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
