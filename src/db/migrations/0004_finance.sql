CREATE TABLE "budget_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid,
	"year" integer,
	"money_stream" text NOT NULL,
	"payer_organisation_id" uuid,
	"recurrence" text DEFAULT 'eenmalig' NOT NULL,
	"status" text DEFAULT 'aangevraagd' NOT NULL,
	"requested_cents" bigint,
	"granted_cents" bigint,
	"realised_cents" bigint,
	"cofinancer_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"condition" text,
	"condition_met" boolean,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cost_split" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"node_id" uuid,
	"region_id" uuid,
	"title" text NOT NULL,
	"total_cents" bigint NOT NULL,
	"distribution_key" text NOT NULL,
	"reference_year" integer,
	"shares" jsonb NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "funding_total" (
	"node_id" uuid PRIMARY KEY NOT NULL,
	"stated_cents" bigint NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_payer_organisation_id_organisation_id_fk" FOREIGN KEY ("payer_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split" ADD CONSTRAINT "cost_split_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split" ADD CONSTRAINT "cost_split_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split" ADD CONSTRAINT "cost_split_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split" ADD CONSTRAINT "cost_split_decided_by_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_total" ADD CONSTRAINT "funding_total_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_line_programme_idx" ON "budget_line" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "budget_line_node_idx" ON "budget_line" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "cost_split_programme_idx" ON "cost_split" USING btree ("programme_id");