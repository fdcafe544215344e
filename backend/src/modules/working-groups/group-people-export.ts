import { exportList } from '../../common/exports/columns';
import type { MemberRole } from './group-member.entity';
import type { PipelineStage } from './group-volunteer.entity';

/** A person's place in a group: their open term (else their last) and their volunteer stage, one line per pair. */
export interface GroupPersonLine {
  email: string | null;
  firstName: string;
  lastName: string;
  group: string;
  role: MemberRole | null;
  startedOn: string | null;
  endedOn: string | null;
  stage: PipelineStage | null;
}

/**
 * Everyone's place in every working group, shaped as the `group-members` import reads it (same headers, roles and
 * stages as codes), so the file moves a network's groups into another Maillage as is.
 */
export const GROUP_PEOPLE_EXPORT = exportList<GroupPersonLine>({
  file: 'membres-des-groupes',
  title: { fr: 'Membres et bénévoles des groupes de travail', en: 'Members and volunteers of the working groups' },
  columns: [
    { key: 'email', header: { fr: 'E-mail', en: 'Email' }, kind: 'text', value: (m) => m.email },
    { key: 'firstName', header: { fr: 'Prénom', en: 'First name' }, kind: 'text', value: (m) => m.firstName },
    { key: 'lastName', header: { fr: 'Nom', en: 'Last name' }, kind: 'text', value: (m) => m.lastName },
    { key: 'group', header: { fr: 'Groupe de travail', en: 'Working group' }, kind: 'text', value: (m) => m.group },
    { key: 'role', header: { fr: 'Rôle', en: 'Role' }, kind: 'text', value: (m) => m.role },
    { key: 'startedOn', header: { fr: 'Début du mandat', en: 'Term start' }, kind: 'day', value: (m) => m.startedOn },
    { key: 'endedOn', header: { fr: 'Fin du mandat', en: 'Term end' }, kind: 'day', value: (m) => m.endedOn },
    { key: 'stage', header: { fr: 'Étape bénévole', en: 'Volunteer stage' }, kind: 'text', value: (m) => m.stage },
  ],
});
