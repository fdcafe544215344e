'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Tabs } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';

/** Grants, funders, deadlines and the public transparency page: one entry in the navigation, a view each. */
export function FundingTabs() {
  const t = useT();
  const pathname = usePathname();
  const ability = useAppAbility();
  const current =
    ['funders', 'deadlines', 'transparency'].find((tab) => pathname.startsWith(`/funding/${tab}`)) ?? 'grants';
  const tabs = [
    { value: 'grants', href: '/funding', label: t('funding.tab.grants') },
    { value: 'funders', href: '/funding/funders', label: t('funding.tab.funders') },
    ...(ability.can('read', 'FundingDashboard')
      ? [{ value: 'deadlines', href: '/funding/deadlines', label: t('funding.tab.deadlines') }]
      : []),
    ...(ability.can('update', 'TransparencySettings')
      ? [{ value: 'transparency', href: '/funding/transparency', label: t('transparency.tab') }]
      : []),
  ];
  return (
    <Tabs value={current} mb="lg" keepMounted={false}>
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value} renderRoot={(props) => <Link {...props} href={tab.href} />}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
