import { currentTermSql } from './terms';

/**
 * A signed-in person's working-group scopes, as columns of the session's one SQL (see auth/session.service.ts):
 * - group_ids: groups they lead, through a current referent term. A lead is a referent; the facilitator runs
 *   meetings and gets no management right from it.
 * - welcome_group_ids: groups whose newcomers they welcome, through a current welcomer term: the pipeline only
 *   (not the members, roles or settings, so naming a welcome person never hands over the group).
 * - member_group_ids: groups they belong to (any current term, or a volunteer who has not left).
 */
export const groupScopesSql = (personId: string) => `
  ARRAY(SELECT t.group_id FROM working_group_members t
        WHERE t.person_id = ${personId} AND t.role = 'referent' AND ${currentTermSql('t')}) AS group_ids,
  ARRAY(SELECT t.group_id FROM working_group_members t
        WHERE t.person_id = ${personId} AND t.role = 'welcomer' AND ${currentTermSql('t')}) AS welcome_group_ids,
  ARRAY(SELECT t.group_id FROM working_group_members t WHERE t.person_id = ${personId} AND ${currentTermSql('t')}
        UNION SELECT v.group_id FROM working_group_volunteers v WHERE v.person_id = ${personId} AND v.stage <> 'left') AS member_group_ids`;
