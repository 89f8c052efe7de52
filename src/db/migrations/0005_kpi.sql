CREATE TABLE "kpi_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"definition" text,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"numerator_definition" text,
	"denominator_definition" text,
	"baseline_value" double precision,
	"baseline_date" date,
	"dimension" text NOT NULL,
	"grain" text NOT NULL,
	"owner_organisation_id" uuid,
	"source" text,
	"threshold_on_track" double precision DEFAULT 0.95 NOT NULL,
	"threshold_risk" double precision DEFAULT 0.75 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_indicator_node" (
	"indicator_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	CONSTRAINT "kpi_indicator_node_indicator_id_node_id_pk" PRIMARY KEY("indicator_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_indicator_unit" (
	"indicator_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_indicator_unit_indicator_id_organisation_id_pk" PRIMARY KEY("indicator_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_measurement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"period_start" date NOT NULL,
	"unit_key" text NOT NULL,
	"organisation_id" uuid,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"source" text,
	"note" text,
	"entered_by_id" text,
	"entered_by_label" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"name" text,
	"scope" text NOT NULL,
	"form" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_zrm_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"client_pseudonym" text NOT NULL,
	"kind" text NOT NULL,
	"assessed_on" date NOT NULL,
	"scores" jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_indicator" ADD CONSTRAINT "kpi_indicator_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_indicator" ADD CONSTRAINT "kpi_indicator_owner_organisation_id_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_indicator_node" ADD CONSTRAINT "kpi_indicator_node_indicator_id_kpi_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."kpi_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_indicator_node" ADD CONSTRAINT "kpi_indicator_node_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_indicator_unit" ADD CONSTRAINT "kpi_indicator_unit_indicator_id_kpi_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."kpi_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_indicator_unit" ADD CONSTRAINT "kpi_indicator_unit_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurement" ADD CONSTRAINT "kpi_measurement_indicator_id_kpi_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."kpi_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurement" ADD CONSTRAINT "kpi_measurement_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_target" ADD CONSTRAINT "kpi_target_indicator_id_kpi_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."kpi_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_zrm_assessment" ADD CONSTRAINT "kpi_zrm_assessment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_zrm_assessment" ADD CONSTRAINT "kpi_zrm_assessment_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_indicator_code_idx" ON "kpi_indicator" USING btree ("programme_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_measurement_key_idx" ON "kpi_measurement" USING btree ("indicator_id","grain","period_start","unit_key");--> statement-breakpoint
CREATE INDEX "kpi_target_indicator_idx" ON "kpi_target" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_zrm_key_idx" ON "kpi_zrm_assessment" USING btree ("programme_id","provider_organisation_id","client_pseudonym","kind","assessed_on");