import { redirect } from 'next/navigation';
import { loadSession } from '@/lib/server/session';
import { SessionProvider } from '@/lib/session';
import { AdminShell } from '@/components/admin-shell';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

/** Every page of the back office: signed in only (the proxy has already sent visitors without a cookie to /login). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await loadSession();
  if (!session) redirect('/login');
  return (
    <SessionProvider initial={session}>
      <AdminShell headerActions={<NotificationBell />}>{children}</AdminShell>
    </SessionProvider>
  );
}
