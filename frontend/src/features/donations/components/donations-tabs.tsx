'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Tabs } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';

/**
 * Campaigns, donors, gifts and receipts: one module, one entry in the navigation. Who is not of the treasury sees the
 * campaigns' totals only, so the other tabs are not shown to them.
 */
export function DonationsTabs() {
  const t = useT();
  const pathname = usePathname();
  const ability = useAppAbility();
  const tabs = [
    { value: 'campaigns', href: '/donations', show: true },
    { value: 'donors', href: '/donations/donors', show: ability.can('read', 'Donor') },
    { value: 'gifts', href: '/donations/gifts', show: ability.can('read', 'Gift') },
    { value: 'receipts', href: '/donations/receipts', show: ability.can('read', 'TaxReceipt') },
  ].filter((tab) => tab.show);
  if (tabs.length === 1) return null;
  const current = tabs.find((tab) => tab.value !== 'campaigns' && pathname.startsWith(tab.href))?.value ?? 'campaigns';
  return (
    <Tabs value={current} mb="lg" keepMounted={false}>
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value} renderRoot={(props) => <Link {...props} href={tab.href} />}>
            {t(`donations.tab.${tab.value}` as 'donations.tab.campaigns')}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
