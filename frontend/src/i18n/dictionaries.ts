import { commonEn } from '@/lib/i18n/en';
import { commonFr } from '@/lib/i18n/fr';
import { accountsEn } from '@/features/accounts/i18n/en';
import { accountsFr } from '@/features/accounts/i18n/fr';
import { auditEn } from '@/features/audit/i18n/en';
import { auditFr } from '@/features/audit/i18n/fr';
import { authEn } from '@/features/auth/i18n/en';
import { authFr } from '@/features/auth/i18n/fr';
import { backupsEn } from '@/features/backups/i18n/en';
import { backupsFr } from '@/features/backups/i18n/fr';
import { homeEn } from '@/features/home/i18n/en';
import { homeFr } from '@/features/home/i18n/fr';
import { notificationsEn } from '@/features/notifications/i18n/en';
import { notificationsFr } from '@/features/notifications/i18n/fr';
import { outboxEn } from '@/features/outbox/i18n/en';
import { outboxFr } from '@/features/outbox/i18n/fr';
import { contractorsEn } from '@/features/contractors/i18n/en';
import { contractorsFr } from '@/features/contractors/i18n/fr';
import { contributionsEn } from '@/features/contributions/i18n/en';
import { contributionsFr } from '@/features/contributions/i18n/fr';
import { donationsEn } from '@/features/donations/i18n/en';
import { donationsFr } from '@/features/donations/i18n/fr';
import { fundingEn } from '@/features/funding/i18n/en';
import { fundingFr } from '@/features/funding/i18n/fr';
import { governanceEn } from '@/features/governance/i18n/en';
import { governanceFr } from '@/features/governance/i18n/fr';
import { importsEn } from '@/features/imports/i18n/en';
import { importsFr } from '@/features/imports/i18n/fr';
import { newslettersEn } from '@/features/newsletters/i18n/en';
import { newslettersFr } from '@/features/newsletters/i18n/fr';
import { organisationsEn } from '@/features/organisations/i18n/en';
import { organisationsFr } from '@/features/organisations/i18n/fr';
import { peopleEn } from '@/features/people/i18n/en';
import { peopleFr } from '@/features/people/i18n/fr';
import { privacyEn } from '@/features/privacy/i18n/en';
import { privacyFr } from '@/features/privacy/i18n/fr';
import { trailEn } from '@/features/trail/i18n/en';
import { trailFr } from '@/features/trail/i18n/fr';
import { sourcesEn } from '@/features/sources/i18n/en';
import { eventsEn } from '@/features/events/i18n/en';
import { eventsFr } from '@/features/events/i18n/fr';
import { sourcesFr } from '@/features/sources/i18n/fr';
import { splitsEn } from '@/features/splits/i18n/en';
import { splitsFr } from '@/features/splits/i18n/fr';
import { transparencyEn } from '@/features/transparency/i18n/en';
import { transparencyFr } from '@/features/transparency/i18n/fr';
import { workingGroupsEn } from '@/features/working-groups/i18n/en';
import { workingGroupsFr } from '@/features/working-groups/i18n/fr';
import type { Dictionaries } from '@/lib/i18n/keys';

/**
 * The composition root of the texts: lib/i18n holds the common ones and knows no feature, each feature its own; they
 * meet only here. French is the reference: its keys type every `t('…')` key through the Register below.
 */
const fr = {
  ...commonFr,
  ...accountsFr,
  ...auditFr,
  ...authFr,
  ...backupsFr,
  ...outboxFr,
  ...notificationsFr,
  ...homeFr,
  ...contractorsFr,
  ...contributionsFr,
  ...donationsFr,
  ...fundingFr,
  ...governanceFr,
  ...importsFr,
  ...newslettersFr,
  ...organisationsFr,
  ...peopleFr,
  ...privacyFr,
  ...sourcesFr,
  ...eventsFr,
  ...splitsFr,
  ...trailFr,
  ...transparencyFr,
  ...workingGroupsFr,
};

const en: Record<keyof typeof fr, string> = {
  ...commonEn,
  ...accountsEn,
  ...auditEn,
  ...authEn,
  ...backupsEn,
  ...outboxEn,
  ...notificationsEn,
  ...homeEn,
  ...contractorsEn,
  ...contributionsEn,
  ...donationsEn,
  ...fundingEn,
  ...governanceEn,
  ...importsEn,
  ...newslettersEn,
  ...organisationsEn,
  ...peopleEn,
  ...privacyEn,
  ...sourcesEn,
  ...eventsEn,
  ...splitsEn,
  ...trailEn,
  ...transparencyEn,
  ...workingGroupsEn,
};

export const dictionaries: Dictionaries = { fr, en };

declare module '@/lib/i18n/keys' {
  interface Register {
    messages: typeof fr;
  }
}
