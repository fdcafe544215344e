import { exportList } from '../../common/exports/columns';

/** One line of a group's mailing list: a current member or a welcomed or active volunteer. */
export interface GroupMemberLine {
  email: string;
  firstName: string;
  lastName: string;
  /** Their roles, or their volunteer stage, in the reader's language. */
  place: string;
}

/** A group's members and volunteers, for its mailing list: its columns in their stable order. */
export const GROUP_MEMBERS_EXPORT = exportList<GroupMemberLine>({
  file: 'membres-groupe',
  title: { fr: 'Membres et bénévoles d’un groupe de travail', en: 'Members and volunteers of a working group' },
  columns: [
    { key: 'email', header: { fr: 'e-mail', en: 'email' }, kind: 'text', value: (m) => m.email },
    { key: 'firstName', header: { fr: 'prénom', en: 'first name' }, kind: 'text', value: (m) => m.firstName },
    { key: 'lastName', header: { fr: 'nom', en: 'last name' }, kind: 'text', value: (m) => m.lastName },
    {
      key: 'place',
      header: { fr: 'place dans le groupe', en: 'place in the group' },
      kind: 'text',
      value: (m) => m.place,
    },
  ],
});
