import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Splits1795573700000 implements MigrationInterface {
  name = 'Splits1795573700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "split_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "split_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "position" integer NOT NULL, "share_bp" integer, "amount_cents" bigint, "floor_cents" bigint, "cap_cents" bigint, CONSTRAINT "PK_a58525ee65c0a3aa2813ea8b325" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "split_participants_organisation_idx" ON "split_participants"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "split_participants_split_org_unique" ON "split_participants"  ("split_id", "organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "split_sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "split_id" uuid NOT NULL, "grant_id" uuid NOT NULL, "amount_cents" bigint NOT NULL, CONSTRAINT "split_sources_amount_positive" CHECK ("amount_cents" > 0), CONSTRAINT "PK_574817b3a1943ecd699374a3e64" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "split_sources_grant_idx" ON "split_sources"  ("grant_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "split_sources_split_grant_unique" ON "split_sources"  ("split_id", "grant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "splits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "rule" character varying(30) NOT NULL, "total_cents" bigint NOT NULL, "base_cents" bigint, "period_from" date, "period_to" date, "type_weights" jsonb, "set_asides" jsonb NOT NULL DEFAULT '[]', "notes" text, "created_by_id" uuid NOT NULL, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "copil_decision_id" uuid, "rounds" jsonb, "fingerprint" character varying(64), "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "splits_total_not_negative" CHECK ("total_cents" >= 0), CONSTRAINT "PK_9f2fca4051462f797c8ff3fdc46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "splits_status_idx" ON "splits"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "split_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "split_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "position" integer NOT NULL, "amount_cents" bigint NOT NULL, "share_bp" integer, "fixed_amount_cents" bigint, "floor_cents" bigint, "cap_cents" bigint, "contributions" jsonb NOT NULL, "contribution_cents" bigint NOT NULL, "weighted_contribution_cents" numeric(30,4) NOT NULL, "base_cents" bigint NOT NULL, "ratio" numeric(9,6) NOT NULL, "exact_share_cents" numeric(30,4) NOT NULL, "rounding_cents" smallint NOT NULL, "bound" character varying(10), CONSTRAINT "PK_7924bb9495c179267dfd07c3dbe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "split_lines_organisation_idx" ON "split_lines"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "split_lines_split_org_unique" ON "split_lines"  ("split_id", "organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "split_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "split_id" uuid NOT NULL, "line_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "amount_cents" bigint NOT NULL, "paid_on" date NOT NULL, "reference" character varying(120) NOT NULL, "note" text, "reverses_id" uuid, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_2cbdd0bb645247c4eaedb1df8e" UNIQUE ("reverses_id"), CONSTRAINT "split_payments_sign" CHECK (("reverses_id" IS NULL AND "amount_cents" > 0) OR ("reverses_id" IS NOT NULL AND "amount_cents" < 0)), CONSTRAINT "PK_ad1c4dc09fb5bcb5dad23f9d182" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "split_payments_split_idx" ON "split_payments"  ("split_id") `);
    await queryRunner.query(`CREATE INDEX "split_payments_organisation_idx" ON "split_payments"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "split_payments_line_idx" ON "split_payments"  ("line_id", "paid_on") `);
    await queryRunner.query(
      `CREATE TABLE "split_ledger" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(20) NOT NULL, "split_id" uuid NOT NULL, "organisation_id" uuid, "amount_cents" bigint, "payment_id" uuid, "actor_id" uuid, "summary" text NOT NULL, CONSTRAINT "PK_372118e07abae9ec0f45b90a184" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "split_ledger_organisation_idx" ON "split_ledger"  ("organisation_id", "id") WHERE organisation_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "split_ledger_split_idx" ON "split_ledger"  ("split_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "split_participants" ADD CONSTRAINT "FK_55e15fa1655ebbc8c84982b67f8" FOREIGN KEY ("split_id") REFERENCES "splits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_participants" ADD CONSTRAINT "FK_17c246eb5c5dcd37e2065a0fabe" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_sources" ADD CONSTRAINT "FK_13b615489a6bf944e246c59104c" FOREIGN KEY ("split_id") REFERENCES "splits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_sources" ADD CONSTRAINT "FK_1ab298d345609333059aa491625" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "splits" ADD CONSTRAINT "FK_97623b59990248dccae86cd2850" FOREIGN KEY ("created_by_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "splits" ADD CONSTRAINT "FK_9146d039e14b745d5c208144431" FOREIGN KEY ("approved_by_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "splits" ADD CONSTRAINT "FK_219cf9c34f2f13bc90e218d47ef" FOREIGN KEY ("copil_decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_lines" ADD CONSTRAINT "FK_c24d467e499b8b7bfe40d782370" FOREIGN KEY ("split_id") REFERENCES "splits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_lines" ADD CONSTRAINT "FK_fb29d8b77d74ef3e1cb44c96c61" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_payments" ADD CONSTRAINT "FK_13906fbb2876ed6231a64bfdbf9" FOREIGN KEY ("split_id") REFERENCES "splits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_payments" ADD CONSTRAINT "FK_a377ad131d558d842591993d9cb" FOREIGN KEY ("line_id") REFERENCES "split_lines"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_payments" ADD CONSTRAINT "FK_71b42c5f437002e18f917c43622" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_payments" ADD CONSTRAINT "FK_2cbdd0bb645247c4eaedb1df8e5" FOREIGN KEY ("reverses_id") REFERENCES "split_payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_payments" ADD CONSTRAINT "FK_a931f761c018ca26e8b743c0a3f" FOREIGN KEY ("recorded_by_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_ledger" ADD CONSTRAINT "FK_803ac0a96dc920302128e595d63" FOREIGN KEY ("split_id") REFERENCES "splits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_ledger" ADD CONSTRAINT "FK_54bb61241af45851f7780307869" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_ledger" ADD CONSTRAINT "FK_00e23c85fed3f0d3eb8cc277570" FOREIGN KEY ("payment_id") REFERENCES "split_payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "split_ledger" ADD CONSTRAINT "FK_9d5a6972116aee3c031adb023c7" FOREIGN KEY ("actor_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Approved splits never change but for their settlement; their inputs with them. A correction is a new split.
    await queryRunner.query(`CREATE FUNCTION splits_frozen_once_approved() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP = 'DELETE' THEN
              IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'split % is approved: it cannot be deleted', OLD.id; END IF;
              RETURN OLD;
            END IF;
            IF OLD.status <> 'draft' AND (NEW.status = 'draft'
                OR to_jsonb(NEW) - '{status,settled_at,updated_at}'::text[] IS DISTINCT FROM to_jsonb(OLD) - '{status,settled_at,updated_at}'::text[]) THEN
              RAISE EXCEPTION 'split % is approved: only its settlement may change', OLD.id;
            END IF;
            RETURN NEW;
          END $$`);
    await queryRunner.query(`CREATE TRIGGER splits_frozen_once_approved BEFORE UPDATE OR DELETE ON "splits"
          FOR EACH ROW EXECUTE FUNCTION splits_frozen_once_approved()`);
    await queryRunner.query(`CREATE FUNCTION split_inputs_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF EXISTS (SELECT 1 FROM splits s WHERE s.status <> 'draft' AND (s.id = OLD.split_id OR s.id = NEW.split_id)) THEN
              RAISE EXCEPTION '% of an approved split cannot change', TG_TABLE_NAME;
            END IF;
            RETURN COALESCE(NEW, OLD);
          END $$`);
    for (const table of ['split_participants', 'split_sources', 'split_lines']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION split_inputs_frozen()`);
    }
    // Lines, payments and the ledger only grow: written once, never updated or deleted.
    await queryRunner.query(`CREATE FUNCTION split_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    for (const table of ['split_lines', 'split_payments', 'split_ledger']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION split_append_only()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['split_lines', 'split_payments', 'split_ledger'])
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    for (const table of ['split_participants', 'split_sources', 'split_lines'])
      await queryRunner.query(`DROP TRIGGER ${table}_frozen ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER splits_frozen_once_approved ON "splits"`);
    await queryRunner.query(`DROP FUNCTION split_append_only()`);
    await queryRunner.query(`DROP FUNCTION split_inputs_frozen()`);
    await queryRunner.query(`DROP FUNCTION splits_frozen_once_approved()`);
    await queryRunner.query(`ALTER TABLE "split_ledger" DROP CONSTRAINT "FK_9d5a6972116aee3c031adb023c7"`);
    await queryRunner.query(`ALTER TABLE "split_ledger" DROP CONSTRAINT "FK_00e23c85fed3f0d3eb8cc277570"`);
    await queryRunner.query(`ALTER TABLE "split_ledger" DROP CONSTRAINT "FK_54bb61241af45851f7780307869"`);
    await queryRunner.query(`ALTER TABLE "split_ledger" DROP CONSTRAINT "FK_803ac0a96dc920302128e595d63"`);
    await queryRunner.query(`ALTER TABLE "split_payments" DROP CONSTRAINT "FK_a931f761c018ca26e8b743c0a3f"`);
    await queryRunner.query(`ALTER TABLE "split_payments" DROP CONSTRAINT "FK_2cbdd0bb645247c4eaedb1df8e5"`);
    await queryRunner.query(`ALTER TABLE "split_payments" DROP CONSTRAINT "FK_71b42c5f437002e18f917c43622"`);
    await queryRunner.query(`ALTER TABLE "split_payments" DROP CONSTRAINT "FK_a377ad131d558d842591993d9cb"`);
    await queryRunner.query(`ALTER TABLE "split_payments" DROP CONSTRAINT "FK_13906fbb2876ed6231a64bfdbf9"`);
    await queryRunner.query(`ALTER TABLE "split_lines" DROP CONSTRAINT "FK_fb29d8b77d74ef3e1cb44c96c61"`);
    await queryRunner.query(`ALTER TABLE "split_lines" DROP CONSTRAINT "FK_c24d467e499b8b7bfe40d782370"`);
    await queryRunner.query(`ALTER TABLE "splits" DROP CONSTRAINT "FK_219cf9c34f2f13bc90e218d47ef"`);
    await queryRunner.query(`ALTER TABLE "splits" DROP CONSTRAINT "FK_9146d039e14b745d5c208144431"`);
    await queryRunner.query(`ALTER TABLE "splits" DROP CONSTRAINT "FK_97623b59990248dccae86cd2850"`);
    await queryRunner.query(`ALTER TABLE "split_sources" DROP CONSTRAINT "FK_1ab298d345609333059aa491625"`);
    await queryRunner.query(`ALTER TABLE "split_sources" DROP CONSTRAINT "FK_13b615489a6bf944e246c59104c"`);
    await queryRunner.query(`ALTER TABLE "split_participants" DROP CONSTRAINT "FK_17c246eb5c5dcd37e2065a0fabe"`);
    await queryRunner.query(`ALTER TABLE "split_participants" DROP CONSTRAINT "FK_55e15fa1655ebbc8c84982b67f8"`);
    await queryRunner.query(`DROP INDEX "public"."split_ledger_split_idx"`);
    await queryRunner.query(`DROP INDEX "public"."split_ledger_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "split_ledger"`);
    await queryRunner.query(`DROP INDEX "public"."split_payments_line_idx"`);
    await queryRunner.query(`DROP INDEX "public"."split_payments_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."split_payments_split_idx"`);
    await queryRunner.query(`DROP TABLE "split_payments"`);
    await queryRunner.query(`DROP INDEX "public"."split_lines_split_org_unique"`);
    await queryRunner.query(`DROP INDEX "public"."split_lines_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "split_lines"`);
    await queryRunner.query(`DROP INDEX "public"."splits_status_idx"`);
    await queryRunner.query(`DROP TABLE "splits"`);
    await queryRunner.query(`DROP INDEX "public"."split_sources_split_grant_unique"`);
    await queryRunner.query(`DROP INDEX "public"."split_sources_grant_idx"`);
    await queryRunner.query(`DROP TABLE "split_sources"`);
    await queryRunner.query(`DROP INDEX "public"."split_participants_split_org_unique"`);
    await queryRunner.query(`DROP INDEX "public"."split_participants_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "split_participants"`);
  }
}
