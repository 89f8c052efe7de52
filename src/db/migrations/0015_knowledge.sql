CREATE TABLE "good_practice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"working_components" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_group" text,
	"origin_organisation_id" uuid,
	"origin_region_id" uuid,
	"origin_text" text,
	"contact" text,
	"links" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_practice_adoption" (
	"practice_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"status_date" date,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_practice_adoption_practice_id_organisation_id_pk" PRIMARY KEY("practice_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "good_practice_node" (
	"practice_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "good_practice_node_practice_id_node_id_pk" PRIMARY KEY("practice_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"goal" text,
	"owner" text,
	"contact" text,
	"url" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "side_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"position" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "side_list_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"text" text
);
--> statement-breakpoint
ALTER TABLE "good_practice" ADD CONSTRAINT "good_practice_origin_organisation_id_organisation_id_fk" FOREIGN KEY ("origin_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice" ADD CONSTRAINT "good_practice_origin_region_id_region_id_fk" FOREIGN KEY ("origin_region_id") REFERENCES "public"."region"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_adoption" ADD CONSTRAINT "good_practice_adoption_practice_id_good_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_adoption" ADD CONSTRAINT "good_practice_adoption_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_node" ADD CONSTRAINT "good_practice_node_practice_id_good_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_node" ADD CONSTRAINT "good_practice_node_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_link" ADD CONSTRAINT "initiative_link_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_link" ADD CONSTRAINT "initiative_link_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_link" ADD CONSTRAINT "initiative_link_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "side_list" ADD CONSTRAINT "side_list_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "side_list" ADD CONSTRAINT "side_list_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "side_list_item" ADD CONSTRAINT "side_list_item_list_id_side_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."side_list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "good_practice_adoption_org_idx" ON "good_practice_adoption" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "good_practice_node_node_idx" ON "good_practice_node" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "initiative_link_initiative_idx" ON "initiative_link" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_link_programme_idx" ON "initiative_link" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "initiative_link_node_idx" ON "initiative_link" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "side_list_programme_idx" ON "side_list" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "side_list_node_idx" ON "side_list" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "side_list_item_list_idx" ON "side_list_item" USING btree ("list_id");