'use client';

import { useEffect, type ReactNode } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingCommunity, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { NAVIGATION } from '@/lib/navigation';
import { useAppAbility } from '@/lib/ability';
import { useSession } from '@/lib/session';
import { useT } from '@/lib/i18n/provider';
import { ReauthDialog } from './reauth-dialog';
import { LanguageSwitch } from './language-switch';

/** Where a person whose role requires a second factor is sent until they have one (the API refuses the rest). */
const ENROL_PAGE = '/account/security';

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** `headerActions`: what the composition root puts beside the user's name (the notifications bell). */
export function AdminShell({ children, headerActions }: { children: ReactNode; headerActions?: ReactNode }) {
  const t = useT();
  const pathname = usePathname();
  const ability = useAppAbility();
  const { user, logout } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const router = useRouter();
  const mustEnrol = user.secondFactor.required && !user.secondFactor.enabled;
  useEffect(() => {
    if (mustEnrol && pathname !== ENROL_PAGE) router.replace(ENROL_PAGE);
  }, [mustEnrol, pathname, router]);
  const items = NAVIGATION.filter((item) => !item.can || ability.can(...item.can));
  // A COPIL member's own organisation, right after the home: what they come to see first.
  const ownOrganisation = user.organisationIds[0];
  if (ownOrganisation)
    items.splice(1, 0, {
      href: `/organisations/${ownOrganisation}`,
      labelKey: 'nav.myOrganisation',
      icon: IconBuildingCommunity,
    });
  const logoutButton = (testId: string) => (
    <Button
      variant="subtle"
      color="gray"
      size="xs"
      leftSection={<IconLogout size={16} aria-hidden />}
      onClick={() => void logout()}
      data-testid={testId}
    >
      {t('auth.logout')}
    </Button>
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <a href="#main" className="skip-link">
          {t('nav.skip')}
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Anchor component={Link} href="/" fw={800} fz="lg" c="teal.9" underline="never">
              Maillage
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              <LanguageSwitch />
              <UnstyledButton component={Link} href="/account" data-testid="current-user">
                <Group gap={6} wrap="nowrap">
                  <IconUserCircle size={20} aria-hidden />
                  <Text size="sm" fw={500} truncate maw={200}>
                    {user.displayName}
                  </Text>
                </Group>
              </UnstyledButton>
              {logoutButton('logout')}
            </Group>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        <AppShell.Section grow>
          {items.map((item) => (
            <NavLink
              key={item.href}
              component={Link}
              href={item.href}
              label={t(item.labelKey)}
              leftSection={<item.icon size={18} aria-hidden />}
              active={isActive(pathname, item.href)}
              aria-current={isActive(pathname, item.href) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            component={Link}
            href="/account"
            label={t('nav.account')}
            leftSection={<IconUserCircle size={18} aria-hidden />}
            active={pathname === '/account'}
            aria-current={pathname === '/account' ? 'page' : undefined}
            onClick={close}
          />
          {/* On a phone the header has no room: the language and sign-out move here. */}
          <Stack hiddenFrom="sm" gap="sm" p="xs" align="flex-start">
            <LanguageSwitch testId="language-switch-mobile" />
            {logoutButton('logout-mobile')}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
      <ReauthDialog />
    </AppShell>
  );
}
