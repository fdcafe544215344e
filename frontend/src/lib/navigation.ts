import {
  IconArrowsSplit2,
  IconBriefcase,
  IconCalendarEvent,
  IconChecklist,
  IconGavel,
  IconListCheck,
  IconTargetArrow,
  IconBuildingCommunity,
  IconHeartHandshake,
  IconCoinEuro,
  IconPigMoney,
  IconHistory,
  IconShieldLock,
  IconHome,
  IconMail,
  IconMapPin,
  IconSchool,
  IconUserShield,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { MessageKey } from './i18n/keys';
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
  { href: '/contributions', labelKey: 'nav.contributions', icon: IconHeartHandshake, can: ['read', 'Contribution'] },
  { href: '/people', labelKey: 'nav.people', icon: IconUsers, can: ['read', 'Person'] },
  { href: '/funding', labelKey: 'nav.funding', icon: IconCoinEuro, can: ['read', 'Grant'] },
  { href: '/donations', labelKey: 'nav.donations', icon: IconPigMoney, can: ['read', 'DonationCampaign'] },
  { href: '/splits', labelKey: 'nav.splits', icon: IconArrowsSplit2, can: ['read', 'Split'] },
  { href: '/meetings', labelKey: 'nav.meetings', icon: IconCalendarEvent, can: ['read', 'Meeting'] },
  { href: '/decisions', labelKey: 'nav.decisions', icon: IconGavel, can: ['read', 'Decision'] },
  { href: '/my-actions', labelKey: 'nav.myActions', icon: IconChecklist },
  { href: '/actions', labelKey: 'nav.actions', icon: IconListCheck, can: ['create', 'ActionItem'] },
  { href: '/strategy', labelKey: 'nav.strategy', icon: IconTargetArrow, can: ['read', 'StrategyAction'] },
  { href: '/missions', labelKey: 'nav.missions', icon: IconBriefcase, can: ['read', 'Mission'] },
  { href: '/working-groups', labelKey: 'nav.workingGroups', icon: IconUsersGroup, can: ['read', 'WorkingGroup'] },
  { href: '/sources', labelKey: 'nav.sources', icon: IconMapPin, can: ['read', 'Source'] },
  { href: '/events', labelKey: 'nav.events', icon: IconSchool, can: ['read', 'TrainingEvent'] },
  { href: '/accounts', labelKey: 'nav.accounts', icon: IconUserShield, can: ['read', 'Account'] },
  { href: '/audit', labelKey: 'nav.audit', icon: IconHistory, can: ['read', 'AuditEntry'] },
  { href: '/privacy', labelKey: 'nav.privacy', icon: IconShieldLock, can: ['read', 'PrivacyRequest'] },
  { href: '/newsletters', labelKey: 'nav.newsletters', icon: IconMail, can: ['read', 'NewsletterIssue'] },
];
