import type { transparencyFr } from './fr';

/** Typed by the French dictionary: a missing or extra key fails the type-check. */
export const transparencyEn: Record<keyof typeof transparencyFr, string> = {
  'transparency.tab': 'Transparency',
  'transparency.settings.title': 'Public transparency page',
  'transparency.settings.intro':
    'A public page, no sign-in needed, like Open Collective’s: grants received by year, how they were split among member organisations, and validated contributions in kind. You choose, grant by grant and split by split, what it shows; nothing is published while the page is off.',
  'transparency.settings.enabled': 'Publish the transparency page',
  'transparency.settings.saved': 'Setting saved',
  'transparency.settings.open': 'See the public page',
  'transparency.settings.how':
    'To publish a granted grant or an approved split, open it and turn on “Publish on the transparency page”.',
  'transparency.publish.label': 'Publish on the transparency page',
  'transparency.publish.grantHint': 'Title, funder, amounts granted and received, year.',
  'transparency.publish.splitHint': 'Title, year, each organisation’s amount.',
  'transparency.publish.grantNotActive': 'Only a granted grant can be published.',
  'transparency.publish.on': 'Published',
  'transparency.publish.off': 'Removed from the public page',
  'transparency.public.title': 'Financial transparency',
  'transparency.public.intro':
    'What the network chose to make public: grants received, how they were split among member organisations, and the value of validated contributions in kind.',
  'transparency.public.off': 'The network does not publish a transparency page.',
  'transparency.public.year': 'Year {year}',
  'transparency.public.grants': 'Grants received',
  'transparency.public.splits': 'Splits among organisations',
  'transparency.public.inKind': 'Contributions in kind',
  'transparency.public.granted': 'Granted',
  'transparency.public.received': 'Received',
  'transparency.public.funder': 'Funder',
  'transparency.public.privateFunder': 'Private donor',
  'transparency.public.grant': 'Grant',
  'transparency.public.organisation': 'Organisation',
  'transparency.public.amount': 'Amount',
  'transparency.public.type': 'Type',
  'transparency.public.value': 'Value',
  'transparency.public.ownName': 'People in their own name',
  'transparency.public.from': 'Funded by: {grants}',
  'transparency.public.total': 'Total',
  'transparency.public.empty': 'Nothing is published yet.',
  'transparency.public.csv': 'Download (CSV)',
  'transparency.public.json': 'Download (JSON)',
} satisfies Record<string, string>;
