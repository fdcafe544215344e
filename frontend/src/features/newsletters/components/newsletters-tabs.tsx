'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Tabs } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';

/** The newsletter section's pages, those the user may see. */
export function NewslettersTabs() {
  const t = useT();
  const ability = useAppAbility();
  const pathname = usePathname();
  const tabs = [
    { href: '/newsletters', label: t('newsletters.tabs.issues'), show: true },
    {
      href: '/newsletters/subscribers',
      label: t('newsletters.tabs.subscribers'),
      show: ability.can('read', 'Subscriber'),
    },
    { href: '/newsletters/lists', label: t('newsletters.tabs.lists'), show: ability.can('read', 'NewsletterList') },
    {
      href: '/newsletters/proposals',
      label: t('newsletters.tabs.proposals'),
      show: ability.can('read', 'NewsletterProposal') || ability.can('create', 'NewsletterProposal'),
    },
  ].filter((tab) => tab.show);
  const active =
    [...tabs].reverse().find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))?.href ??
    '/newsletters';
  if (tabs.length < 2) return null;
  return (
    <Tabs value={active} mb="lg">
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.href} value={tab.href} renderRoot={(props) => <Link href={tab.href} {...props} />}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
