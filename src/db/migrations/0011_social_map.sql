CREATE TABLE "social_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"target_group" text,
	"provider_organisation_id" uuid,
	"provider_name" text,
	"address" text,
	"phone" text,
	"email" text,
	"website" text,
	"opening_hours" text,
	"without_referral" boolean,
	"waiting_time_note" text,
	"published" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_service_municipality" (
	"service_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "social_service_municipality_service_id_organisation_id_pk" PRIMARY KEY("service_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "social_service" ADD CONSTRAINT "social_service_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_service_municipality" ADD CONSTRAINT "social_service_municipality_service_id_social_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."social_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_service_municipality" ADD CONSTRAINT "social_service_municipality_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "social_service_provider_idx" ON "social_service" USING btree ("provider_organisation_id");--> statement-breakpoint
CREATE INDEX "social_service_kind_idx" ON "social_service" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "social_service_municipality_org_idx" ON "social_service_municipality" USING btree ("organisation_id");