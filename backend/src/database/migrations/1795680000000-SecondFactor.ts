import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TOTP second factor and recovery codes on accounts; the roles that must have one; when a session last proved who
 * its person is (sensitive actions want it recent). The session cache hears of all three through NOTIFY.
 */
export class SecondFactor1795680000000 implements MigrationInterface {
  name = 'SecondFactor1795680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "totp_secret" character varying(64), ADD "totp_pending_secret" character varying(64),
      ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE, ADD "totp_last_step" bigint, ADD "recovery_code_hashes" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "authenticated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`UPDATE "sessions" SET "authenticated_at" = "created_at"`);
    await queryRunner.query(`CREATE TABLE "security_settings" ("id" integer NOT NULL DEFAULT 1, "totp_required_for" text array NOT NULL DEFAULT '{}',
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "security_settings_one_row" CHECK (id = 1),
      CONSTRAINT "PK_security_settings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TRIGGER security_settings_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "security_settings"
      FOR EACH STATEMENT EXECUTE FUNCTION maillage_auth_changed()`);
    await queryRunner.query('DROP TRIGGER sessions_altered ON "sessions"');
    await queryRunner.query(`CREATE TRIGGER sessions_altered AFTER UPDATE ON "sessions" FOR EACH ROW
      WHEN ((OLD.account_id, OLD.csrf_token, OLD.expires_at, OLD.authenticated_at) IS DISTINCT FROM (NEW.account_id, NEW.csrf_token, NEW.expires_at, NEW.authenticated_at)
            OR NEW.last_seen_at < OLD.last_seen_at)
      EXECUTE FUNCTION maillage_auth_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER sessions_altered ON "sessions"');
    await queryRunner.query(`CREATE TRIGGER sessions_altered AFTER UPDATE ON "sessions" FOR EACH ROW
      WHEN ((OLD.account_id, OLD.csrf_token, OLD.expires_at) IS DISTINCT FROM (NEW.account_id, NEW.csrf_token, NEW.expires_at)
            OR NEW.last_seen_at < OLD.last_seen_at)
      EXECUTE FUNCTION maillage_auth_changed()`);
    await queryRunner.query(`DROP TABLE "security_settings"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "authenticated_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "recovery_code_hashes", DROP COLUMN "totp_last_step", DROP COLUMN "totp_enabled_at",
      DROP COLUMN "totp_pending_secret", DROP COLUMN "totp_secret"`);
  }
}
