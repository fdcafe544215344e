import { NextResponse, type NextRequest } from 'next/server';

/**
 * Sends visitors without a session cookie to the login page, remembering where they were going. Only a presence
 * check: the (admin) layout asks the API whether the session is still valid.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('maillage_session')) return NextResponse.next();
  const login = new URL('/login', request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== '/') login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but the API, Next's assets, the (auth) pages and the (public) ones (volunteer sign-up, a campaign's
  // progress, newsletter pages, transparency, event registration), which must stay reachable signed out.
  matcher: [
    '/((?!api/|_next/|favicon\\.ico|icon\\.svg|login|forgot-password|reset-password|invitation|join|don/|newsletter/|transparency|attend/).*)',
  ],
};
