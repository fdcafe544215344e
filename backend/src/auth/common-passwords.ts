/**
 * Common passwords and base words of 12 characters or more (shorter ones already fail the length rule),
 * from public breach top lists, French ones included. Compared lower-cased, with leading/trailing digits and
 * symbols stripped too (so "Motdepasse2024!" is refused like "motdepasse").
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'motdepasse', 'azerty', 'qwerty', 'soleil', 'bonjour', 'doudou', 'chouchou', 'loulou', 'marseille',
  'jetaime', 'iloveyou', 'welcome', 'admin', 'letmein', 'football', 'princess', 'sunshine', 'dragon', 'monkey',
  'master', 'shadow', 'superman', 'batman', 'trustno1', 'starwars', 'whatever', 'changeme', 'secret', 'maillage',
  'abc', 'abcdef', 'test', 'user', 'login', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'motdepass', 'mot de passe',
  '123456789012', '1234567890123', '12345678901234', '123456789123', '1234567891011', '111111111111',
  '000000000000', '123123123123', '987654321098', 'qwertyuiopas', 'qwertyuiop', 'azertyuiop', 'azertyuiopqs',
  'qwerty123456', 'azerty123456', 'password1234', 'password12345', 'password123456', 'motdepasse123',
  'motdepasse1234', 'motdepasse2024', 'motdepasse2025', 'motdepasse2026', 'iloveyou1234', 'princess1234',
  'welcome12345', 'administrator', 'administrateur', 'passwordpassword', 'aaaaaaaaaaaa', 'abcdefghijkl',
  'abcdefgh1234', 'abcd12345678', 'abc123456789', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'qazwsxedcrfv', 'zaq12wsxcde3',
  'qwertyuiop123', 'asdfghjkl123', 'asdfghjklzxc', 'zxcvbnm12345', 'letmein12345', 'changeme1234', 'football1234',
  'baseball1234', 'superman1234', 'starwars1234', 'sunshine1234', 'unbelievable', 'interestingly', 'mot2passe',
  'bonjour123456', 'soleil123456', 'jetaime123456', 'marseille1234', 'chocolat1234', 'chocolat', 'nicolas',
  'doudou123456', 'camille', 'vacances', 'liberte', 'france', 'paris', 'lyon', 'toulouse', 'nantes',
]);
