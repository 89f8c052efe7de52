CREATE TABLE "content_revision" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "content_revision" ("id", "revision") VALUES (1, 0);
--> statement-breakpoint
-- Any statement that changes what a read model shows moves the content revision, so every app
-- server knows its cached answers are stale. Statement level: once per statement, not per row.
-- The audit chain's advisory lock (record-audit.ts) is taken first: every writer takes that lock
-- before the revision row, so two writers never wait for each other in opposite orders.
CREATE FUNCTION content_bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727002);
  UPDATE content_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Every table of the schema except those no read model shows (sessions, sign-in attempts, OIDC
-- state), the monitor's data (its own revision, migration 0001) and the revision rows themselves.
-- A later migration that adds a table adds its trigger (test/integration/read-cache.test.ts checks).
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = current_schema()
      AND c.relname NOT IN ('session', 'login_attempt', 'oidc_login_state', 'content_revision', '__drizzle_migrations')
      AND c.relname NOT LIKE 'monitor\_%'
  LOOP
    EXECUTE format(
      'CREATE TRIGGER content_revision_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION content_bump_revision()',
      t);
  END LOOP;
END
$$;
