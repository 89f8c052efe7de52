CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"cbs_code" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "organisation_population" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"inhabitants" integer,
	"reference_date" date,
	"source" text,
	"source_url" text,
	"note" text,
	CONSTRAINT "organisation_population_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"email" text,
	"phone" text,
	"roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "region" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "region_member" (
	"region_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "region_member_region_id_organisation_id_pk" PRIMARY KEY("region_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "effort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"partner_organisation_id" uuid,
	"partner_group" text,
	"text" text,
	"is_none" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "effort_goal" (
	"effort_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	CONSTRAINT "effort_goal_effort_id_node_id_pk" PRIMARY KEY("effort_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "gap_analysis" (
	"node_id" uuid PRIMARY KEY NOT NULL,
	"current_practices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hiaat" text,
	"voorstel" text,
	"budget_kind" text,
	"budget_cents" bigint,
	"budget_fund" text,
	"budget_note" text
);
--> statement-breakpoint
CREATE TABLE "node" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"description" text,
	"level" integer NOT NULL,
	"scope" text,
	"owner_organisation_id" uuid,
	"deadline_grain" text DEFAULT 'geen' NOT NULL,
	"deadline_wording" text,
	"deadline_start" date,
	"deadline_end" date,
	"doelstelling" text,
	"expected_result" text,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "node_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "node_municipality" (
	"node_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "node_municipality_node_id_organisation_id_pk" PRIMARY KEY("node_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "node_trekker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"short_name" text,
	"description" text,
	"level_labels" jsonb NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" text DEFAULT 'actief' NOT NULL,
	"region_id" uuid,
	"owner_organisation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "programme_partner" (
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_partner_programme_id_organisation_id_pk" PRIMARY KEY("programme_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"programme_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"platform_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"success" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_login_state" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_membership" (
	"programme_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_membership_programme_id_account_id_pk" PRIMARY KEY("programme_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"method" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"title" text NOT NULL,
	"deadline_grain" text DEFAULT 'geen' NOT NULL,
	"deadline_wording" text,
	"deadline_start" date,
	"deadline_end" date,
	"done_date" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_snapshot" (
	"period_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"status" text,
	"percent" integer,
	"status_source" text NOT NULL,
	"percent_source" text NOT NULL,
	"derived_status" text,
	"derived_percent" integer,
	"override_status" text,
	"override_percent" integer,
	"override_reason" text,
	"last_update_id" uuid,
	"last_update_date" date,
	"explanation" jsonb,
	CONSTRAINT "period_snapshot_period_id_node_id_pk" PRIMARY KEY("period_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "progress_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"status" text,
	"percent" integer,
	"reason" text NOT NULL,
	"author_id" text,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text
);
--> statement-breakpoint
CREATE TABLE "progress_settings" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"status_rule" text NOT NULL,
	"percent_rule" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"organisation_id" uuid,
	"report_date" date NOT NULL,
	"status" text NOT NULL,
	"percent" integer,
	"results" text,
	"attention_points" text,
	"author_id" text,
	"author_label" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_weight" (
	"node_id" uuid PRIMARY KEY NOT NULL,
	"weight_hundredths" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"due_date" date NOT NULL,
	"locked_at" timestamp with time zone,
	"locked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_capacity" (
	"aanbieder" text NOT NULL,
	"locatie" text DEFAULT '' NOT NULL,
	"product" text DEFAULT '' NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"plaatsen" integer NOT NULL,
	CONSTRAINT "monitor_capacity_aanbieder_locatie_product_van_pk" PRIMARY KEY("aanbieder","locatie","product","van")
);
--> statement-breakpoint
CREATE TABLE "monitor_episode" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitor_episode_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"episode_key" text NOT NULL,
	"client" text NOT NULL,
	"gemeente" char(4) NOT NULL,
	"aanbieder" text NOT NULL,
	"product" text NOT NULL,
	"start" date NOT NULL,
	"einde" date,
	"reden_einde" text,
	"pgb" boolean DEFAULT false NOT NULL,
	"toewijzing_nummer" text,
	"bron" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_iwmo_message" (
	"afzender" text NOT NULL,
	"identificatie" text NOT NULL,
	"bericht_code" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_iwmo_message_afzender_identificatie_bericht_code_pk" PRIMARY KEY("afzender","identificatie","bericht_code")
);
--> statement-breakpoint
CREATE TABLE "monitor_region" (
	"gemeente" char(4) PRIMARY KEY NOT NULL,
	"gemeente_naam" text NOT NULL,
	"regio" text NOT NULL,
	"regio_naam" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_population" ADD CONSTRAINT "organisation_population_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_member" ADD CONSTRAINT "region_member_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_member" ADD CONSTRAINT "region_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort" ADD CONSTRAINT "effort_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort" ADD CONSTRAINT "effort_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort_goal" ADD CONSTRAINT "effort_goal_effort_id_effort_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."effort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort_goal" ADD CONSTRAINT "effort_goal_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_analysis" ADD CONSTRAINT "gap_analysis_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node" ADD CONSTRAINT "node_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node" ADD CONSTRAINT "node_parent_id_node_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node" ADD CONSTRAINT "node_owner_organisation_id_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_link" ADD CONSTRAINT "node_link_from_node_id_node_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_link" ADD CONSTRAINT "node_link_to_node_id_node_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_municipality" ADD CONSTRAINT "node_municipality_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_municipality" ADD CONSTRAINT "node_municipality_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_trekker" ADD CONSTRAINT "node_trekker_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_trekker" ADD CONSTRAINT "node_trekker_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_trekker" ADD CONSTRAINT "node_trekker_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_owner_organisation_id_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partner" ADD CONSTRAINT "programme_partner_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partner" ADD CONSTRAINT "programme_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_membership" ADD CONSTRAINT "programme_membership_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_membership" ADD CONSTRAINT "programme_membership_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_snapshot" ADD CONSTRAINT "period_snapshot_period_id_reporting_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_snapshot" ADD CONSTRAINT "period_snapshot_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_snapshot" ADD CONSTRAINT "period_snapshot_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_override" ADD CONSTRAINT "progress_override_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_override" ADD CONSTRAINT "progress_override_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_settings" ADD CONSTRAINT "progress_settings_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_weight" ADD CONSTRAINT "progress_weight_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_period" ADD CONSTRAINT "reporting_period_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_cbs_code_idx" ON "organisation" USING btree ("cbs_code");--> statement-breakpoint
CREATE INDEX "person_organisation_idx" ON "person" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "effort_programme_key_idx" ON "effort" USING btree ("programme_id","key");--> statement-breakpoint
CREATE INDEX "effort_goal_node_idx" ON "effort_goal" USING btree ("node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "node_programme_key_idx" ON "node" USING btree ("programme_id","key");--> statement-breakpoint
CREATE INDEX "node_parent_idx" ON "node" USING btree ("programme_id","parent_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "node_link_unique_idx" ON "node_link" USING btree ("from_node_id","to_node_id","kind");--> statement-breakpoint
CREATE INDEX "node_link_to_idx" ON "node_link" USING btree ("to_node_id");--> statement-breakpoint
CREATE INDEX "node_trekker_node_idx" ON "node_trekker" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_programme_idx" ON "audit_log" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_email_uq" ON "account" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "account_oidc_uq" ON "account" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "login_attempt_email_idx" ON "login_attempt" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempt_ip_idx" ON "login_attempt" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "membership_account_idx" ON "programme_membership" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "session_account_idx" ON "session" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "milestone_node_idx" ON "milestone" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "milestone_programme_idx" ON "milestone" USING btree ("programme_id","deadline_end");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_override_active_idx" ON "progress_override" USING btree ("node_id") WHERE withdrawn_at is null;--> statement-breakpoint
CREATE INDEX "progress_update_node_idx" ON "progress_update" USING btree ("node_id","report_date");--> statement-breakpoint
CREATE INDEX "progress_update_programme_idx" ON "progress_update" USING btree ("programme_id","report_date");--> statement-breakpoint
CREATE INDEX "reporting_period_programme_idx" ON "reporting_period" USING btree ("programme_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_episode_key_uq" ON "monitor_episode" USING btree ("episode_key");--> statement-breakpoint
CREATE INDEX "monitor_episode_toewijzing_idx" ON "monitor_episode" USING btree ("client","toewijzing_nummer") WHERE "monitor_episode"."toewijzing_nummer" is not null;