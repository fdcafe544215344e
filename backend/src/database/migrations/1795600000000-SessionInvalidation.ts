import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every process caches resolved sessions for a few seconds (auth/session-cache.ts); these triggers tell them all,
 * through NOTIFY maillage_auth (delivered at commit), of any change to what a session grants: accounts (roles,
 * disabling), people (names), memberships (COPIL scope), group terms and volunteers (group scopes), and sessions
 * ended or altered. A session's last-seen moving forward grants nothing, so that frequent write stays silent.
 */
const SCOPE_TABLES = ['accounts', 'people', 'memberships', 'working_group_members', 'working_group_volunteers'];

export class SessionInvalidation1795600000000 implements MigrationInterface {
  name = 'SessionInvalidation1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION maillage_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('maillage_auth', TG_TABLE_NAME); RETURN NULL; END $$`);
    for (const table of SCOPE_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION maillage_auth_changed()`);
    }
    await queryRunner.query(`CREATE TRIGGER sessions_ended AFTER DELETE OR TRUNCATE ON "sessions"
      FOR EACH STATEMENT EXECUTE FUNCTION maillage_auth_changed()`);
    await queryRunner.query(`CREATE TRIGGER sessions_altered AFTER UPDATE ON "sessions" FOR EACH ROW
      WHEN ((OLD.account_id, OLD.csrf_token, OLD.expires_at) IS DISTINCT FROM (NEW.account_id, NEW.csrf_token, NEW.expires_at)
            OR NEW.last_seen_at < OLD.last_seen_at)
      EXECUTE FUNCTION maillage_auth_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER sessions_altered ON "sessions"');
    await queryRunner.query('DROP TRIGGER sessions_ended ON "sessions"');
    for (const table of SCOPE_TABLES) await queryRunner.query(`DROP TRIGGER ${table}_auth_changed ON "${table}"`);
    await queryRunner.query('DROP FUNCTION maillage_auth_changed()');
  }
}
