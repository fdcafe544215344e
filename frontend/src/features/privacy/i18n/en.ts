import type { privacyFr } from './fr';

export const privacyEn: Record<keyof typeof privacyFr, string> = {
  'privacy.intro':
    'Access, portability and erasure requests (GDPR articles 15, 17 and 20): the network must answer within a month of receiving them.',
  'privacy.new': 'Record a request',
  'privacy.record': 'Record',
  'privacy.recorded': 'Request recorded: answer due on {date}',
  'privacy.requestForPerson': 'GDPR request',
  'privacy.pending': 'Pending requests',
  'privacy.done': 'Handled requests',
  'privacy.none': 'No request.',
  'privacy.overdue': 'Overdue',
  'privacy.field.person': 'Person',
  'privacy.field.kind': 'Request',
  'privacy.field.receivedAt': 'Received on',
  'privacy.field.receivedOn': 'Received on (if not today)',
  'privacy.field.deadline': 'Answer due on',
  'privacy.field.status': 'Status',
  'privacy.field.handled': 'Handled',
  'privacy.kind.access': 'Access',
  'privacy.kind.portability': 'Portability',
  'privacy.kind.erasure': 'Erasure',
  'privacy.status.pending': 'Pending',
  'privacy.status.done': 'Handled',
  'privacy.handledBy': 'on {date} by {name}',
  'privacy.download': 'Download their data',
  'privacy.erase': 'Erase',
  'privacy.eraseTitle': 'Erase {name}?',
  'privacy.eraseConfirm':
    'Irreversible. Their name, address, phone, notes and every mention in texts (minutes, actions, change log) will be replaced by "erased person no. …". Their account will be closed and their sessions ended. Their contributions, payments and splits stay, attributed to that pseudonym: totals do not change.',
  'privacy.erased': '{name} has been erased.',
};
