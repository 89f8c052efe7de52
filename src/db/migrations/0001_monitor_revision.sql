CREATE TABLE "monitor_revision" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "monitor_revision" ("id", "revision") VALUES (1, 0);
--> statement-breakpoint
-- Any statement that changes episodes (import, iWmo stop, direct SQL) moves the revision, so every
-- app server knows its in-memory episode columns are stale. Statement level: once per import.
CREATE FUNCTION monitor_bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE monitor_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER monitor_episode_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monitor_episode
  FOR EACH STATEMENT EXECUTE FUNCTION monitor_bump_revision();
