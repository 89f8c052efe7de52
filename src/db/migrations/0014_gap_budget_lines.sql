ALTER TABLE "budget_line" ADD COLUMN "origin" text;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_line_gap_idx" ON "budget_line" USING btree ("node_id") WHERE "budget_line"."origin" = 'hiaatanalyse';--> statement-breakpoint
-- Data migration (issue 22): every gap-analysis budget becomes the node's budget line with origin
-- 'hiaatanalyse' (same mapping as src/domain/finance/gap-budget.ts). Idempotent: a node that already
-- has its gap line is skipped. The gap analysis keeps its own columns (the node form edits them).
INSERT INTO "budget_line" ("programme_id", "node_id", "money_stream", "recurrence", "status", "requested_cents", "note", "origin")
SELECT n."programme_id", g."node_id",
  CASE WHEN g."budget_kind" = 'ander-fonds' THEN COALESCE(NULLIF(btrim(g."budget_fund"), ''), 'ander fonds') ELSE 'benodigd volgens hiaatanalyse' END,
  'eenmalig', 'aangevraagd',
  CASE WHEN g."budget_kind" = 'bedrag' THEN g."budget_cents" ELSE NULL END,
  g."budget_note", 'hiaatanalyse'
FROM "gap_analysis" g JOIN "node" n ON n."id" = g."node_id"
WHERE g."budget_kind" IN ('bedrag', 'onbekend', 'ander-fonds')
  AND NOT EXISTS (SELECT 1 FROM "budget_line" b WHERE b."node_id" = g."node_id" AND b."origin" = 'hiaatanalyse');
