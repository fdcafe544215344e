'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Tabs } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';

/** Grants, funders and deadlines: one module, one entry in the navigation, three views. */
export function FundingTabs() {
  const t = useT();
  const pathname = usePathname();
  const ability = useAppAbility();
  const current = pathname.startsWith('/funding/funders')
    ? 'funders'
    : pathname.startsWith('/funding/deadlines')
      ? 'deadlines'
      : 'grants';
  const tabs = [
    { value: 'grants', href: '/funding', label: t('funding.tab.grants') },
    { value: 'funders', href: '/funding/funders', label: t('funding.tab.funders') },
    ...(ability.can('read', 'FundingDashboard')
      ? [{ value: 'deadlines', href: '/funding/deadlines', label: t('funding.tab.deadlines') }]
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
