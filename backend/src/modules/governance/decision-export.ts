import { exportList } from '../../common/exports/columns';
import type { DecisionResponse } from './dto/decision.response';

/** The decisions register, its columns in their stable order (methods, outcomes, visibilities as their codes). */
export const DECISIONS_EXPORT = exportList<DecisionResponse>({
  file: 'decisions',
  title: { fr: 'Décisions', en: 'Decisions' },
  columns: [
    { key: 'number', header: { fr: 'Numéro', en: 'Number' }, kind: 'number', value: (d) => d.number },
    { key: 'title', header: { fr: 'Intitulé', en: 'Title' }, kind: 'text', value: (d) => d.title },
    { key: 'decidedOn', header: { fr: 'Décidée le', en: 'Decided on' }, kind: 'day', value: (d) => d.decidedOn },
    { key: 'outcome', header: { fr: 'Issue', en: 'Outcome' }, kind: 'text', value: (d) => d.outcome },
    { key: 'method', header: { fr: 'Mode de décision', en: 'Method' }, kind: 'text', value: (d) => d.method },
    { key: 'votesFor', header: { fr: 'Pour', en: 'For' }, kind: 'number', value: (d) => d.votesFor },
    { key: 'votesAgainst', header: { fr: 'Contre', en: 'Against' }, kind: 'number', value: (d) => d.votesAgainst },
    {
      key: 'votesAbstain',
      header: { fr: 'Abstentions', en: 'Abstentions' },
      kind: 'number',
      value: (d) => d.votesAbstain,
    },
    { key: 'visibility', header: { fr: 'Visibilité', en: 'Visibility' }, kind: 'text', value: (d) => d.visibility },
    {
      key: 'proposedBy',
      header: { fr: 'Proposée par', en: 'Proposed by' },
      kind: 'text',
      value: (d) => d.proposedByName,
    },
    { key: 'meeting', header: { fr: 'Réunion', en: 'Meeting' }, kind: 'text', value: (d) => d.meetingTitle },
    {
      key: 'amends',
      header: { fr: 'Amende la décision n°', en: 'Amends decision no.' },
      kind: 'number',
      value: (d) => d.amendsNumber,
    },
    { key: 'proposal', header: { fr: 'Proposition', en: 'Proposal' }, kind: 'text', value: (d) => d.proposal },
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (d) => d.id },
  ],
});
