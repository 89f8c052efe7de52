CREATE TABLE "person_organisation" (
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_organisation_person_id_organisation_id_pk" PRIMARY KEY("person_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "node_lifecycle" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"status" text NOT NULL,
	"since" date NOT NULL,
	"reason" text,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "node" ADD COLUMN "aliases" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "node_municipality" ADD COLUMN "excluded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "document_version" text;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "adopted_on" date;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "adopted_by" text;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "replaces" text;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "vision" text;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "goal" text;--> statement-breakpoint
ALTER TABLE "milestone" ADD COLUMN "plan_year" integer;--> statement-breakpoint
ALTER TABLE "milestone" ADD COLUMN "plan_quarter" integer;--> statement-breakpoint
ALTER TABLE "milestone" ADD COLUMN "is_placeholder" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_update" ADD COLUMN "corrects_id" uuid;--> statement-breakpoint
ALTER TABLE "progress_update" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "progress_update" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress_update" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "progress_update" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "person_organisation" ADD CONSTRAINT "person_organisation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_organisation" ADD CONSTRAINT "person_organisation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_lifecycle" ADD CONSTRAINT "node_lifecycle_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_lifecycle" ADD CONSTRAINT "node_lifecycle_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "node_lifecycle_node_idx" ON "node_lifecycle" USING btree ("node_id","since");