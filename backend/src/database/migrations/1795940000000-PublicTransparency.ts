import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The same freeze as in Splits1795573700000, but for the fields that may still move on an approved split. */
const freezeAllowing = (movable: string) => `CREATE OR REPLACE FUNCTION splits_frozen_once_approved() RETURNS trigger
          LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP = 'DELETE' THEN
              IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'split % is approved: it cannot be deleted', OLD.id; END IF;
              RETURN OLD;
            END IF;
            IF OLD.status <> 'draft' AND (NEW.status = 'draft'
                OR to_jsonb(NEW) - '${movable}'::text[] IS DISTINCT FROM to_jsonb(OLD) - '${movable}'::text[]) THEN
              RAISE EXCEPTION 'split % is approved: only its settlement may change', OLD.id;
            END IF;
            RETURN NEW;
          END $$`;

/**
 * Public transparency, opt-in: one settings row (off), and what the coordinator publishes, grant by grant and split by
 * split (nothing by default). Publishing an approved split is not a change of its result: the freeze lets the flag
 * move.
 */
export class PublicTransparency1795940000000 implements MigrationInterface {
  name = 'PublicTransparency1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "transparency_settings" ("id" integer NOT NULL DEFAULT '1', "enabled" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97c2249022b687587fb338e56ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "transparency_settings" ("id") VALUES (1)`);
    await queryRunner.query(`ALTER TABLE "grants" ADD "published" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "splits" ADD "published" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(freezeAllowing('{status,settled_at,updated_at,published}'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(freezeAllowing('{status,settled_at,updated_at}'));
    await queryRunner.query(`ALTER TABLE "splits" DROP COLUMN "published"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "published"`);
    await queryRunner.query(`DROP TABLE "transparency_settings"`);
  }
}
