CREATE TABLE "organisation_member" (
	"group_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "organisation_member_group_id_member_id_pk" PRIMARY KEY("group_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "progress_check_dismissal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"check_key" text NOT NULL,
	"note" text NOT NULL,
	"author_id" text,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_group_id_organisation_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_member_id_organisation_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_check_dismissal" ADD CONSTRAINT "progress_check_dismissal_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_check_dismissal" ADD CONSTRAINT "progress_check_dismissal_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_member_member_idx" ON "organisation_member" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_check_dismissal_key_idx" ON "progress_check_dismissal" USING btree ("node_id","check_key");