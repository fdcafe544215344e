import {
  IconBuildingCommunity,
  IconHistory,
  IconHome,
  IconMail,
  IconUserShield,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { MessageKey } from './i18n/fr';
import type { Action, Subject } from './ability';

export interface NavItem {
  href: string;
  labelKey: MessageKey;
  icon: Icon;
  /** Shown only to users who may do this; absent for pages every signed-in user has. */
  can?: [Action, Subject];
}

/** The side navigation, in order. A new module adds its line here (and its label in the dictionaries). */
export const NAVIGATION: NavItem[] = [
  { href: '/', labelKey: 'nav.home', icon: IconHome },
  { href: '/organisations', labelKey: 'nav.organisations', icon: IconBuildingCommunity, can: ['read', 'Organisation'] },
  { href: '/people', labelKey: 'nav.people', icon: IconUsers, can: ['read', 'Person'] },
  { href: '/accounts', labelKey: 'nav.accounts', icon: IconUserShield, can: ['read', 'Account'] },
  { href: '/audit', labelKey: 'nav.audit', icon: IconHistory, can: ['read', 'AuditEntry'] },
  { href: '/newsletters', labelKey: 'nav.newsletters', icon: IconMail, can: ['read', 'NewsletterIssue'] },
];
