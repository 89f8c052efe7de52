ALTER TABLE "action_item" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "decision" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;