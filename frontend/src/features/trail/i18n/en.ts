import type { trailFr } from './fr';

/** Typed by the French dictionary: a missing or extra key fails the type-check. */
export const trailEn: Record<keyof typeof trailFr, string> = {
  'trail.title': 'From decision to payment',
  'trail.intro':
    'Where the money goes: decisions, action, grants, instalments received, splits and payments. Only what you may read is shown.',
  'trail.open': 'See the trail',
  'trail.step.decisions': 'Decisions',
  'trail.step.actions': 'Strategy actions',
  'trail.step.grants': 'Grants',
  'trail.step.instalments': 'Instalments received',
  'trail.step.splits': 'Fund splits',
  'trail.step.payments': 'Payments to organisations',
  'trail.none': 'Nothing at this step',
  'trail.total.granted': 'Granted',
  'trail.total.received': 'Received',
  'trail.total.inKind': 'Contributions in kind (co-financing)',
  'trail.total.paid': 'Paid to organisations',
  'trail.grant.line': '{funder} · granted {granted} · received {received}',
  'trail.grant.inKind': 'In-kind co-financing valued at {amount}',
  'trail.instalment.received': '{label}: {amount} received on {date}',
  'trail.instalment.expected': '{label}: {amount} expected on {date}',
  'trail.split.line': '{status} · {total} · paid {paid}',
  'trail.payment.line': '{amount} on {date}',
  'trail.decision.line': 'No. {number} — {title} ({date})',
};
