/** Where to go after signing in: only a path of this site, never another origin (`//evil.example`). */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
