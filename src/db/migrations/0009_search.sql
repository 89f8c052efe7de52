CREATE TABLE "search_document" (
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"field" text NOT NULL,
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"programme_id" uuid,
	"node_id" uuid,
	"visibility" text NOT NULL,
	"body" text NOT NULL,
	"vector" "tsvector" NOT NULL,
	CONSTRAINT "search_document_source_source_id_field_pk" PRIMARY KEY("source","source_id","field")
);
--> statement-breakpoint
ALTER TABLE "search_document" ADD CONSTRAINT "search_document_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_document" ADD CONSTRAINT "search_document_node_id_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_document_vector_idx" ON "search_document" USING gin ("vector");--> statement-breakpoint
CREATE INDEX "search_document_programme_idx" ON "search_document" USING btree ("programme_id","visibility");