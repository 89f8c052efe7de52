-- Search (docs/search.md): the database keeps search_document up to date by triggers, in the same
-- transaction as every change, whoever writes. One row function per source table (search_doc_<table>)
-- lists its text fields as [field, visibility, text]; search_put replaces the rows of that source row.

-- Accent folding, one character for one character (domain/search/fold.ts holds the same table).
CREATE FUNCTION search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(t, 'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿÇçÑñ' || chr(1) || chr(2),
                      'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOOooooooUUUUuuuuYyyCcNn  ')
$$;
--> statement-breakpoint
-- Dutch stems of the folded text, plus every number once more without its thousands dots
-- ("2.500" is also found as "2500").
CREATE FUNCTION search_vector(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('dutch'::regconfig, search_fold(t))
      || to_tsvector('simple'::regconfig, regexp_replace(regexp_replace(t, '[^0-9.]+', ' ', 'g'), '([0-9])\.(?=[0-9]{3}([^0-9]|$))', '\1', 'g'))
$$;
--> statement-breakpoint
CREATE FUNCTION search_put(p_source text, p_source_id uuid, p_kind text, p_entity_id uuid, p_programme_id uuid, p_node_id uuid, p_fields jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_document WHERE source = p_source AND source_id = p_source_id;
  INSERT INTO search_document (source, source_id, field, kind, entity_id, programme_id, node_id, visibility, body, vector)
  SELECT p_source, p_source_id, f->>0, p_kind, p_entity_id, p_programme_id, p_node_id, f->>1, f->>2, search_vector(f->>2)
  FROM jsonb_array_elements(p_fields) AS f
  WHERE coalesce(btrim(f->>2), '') <> '';
END
$$;
--> statement-breakpoint
CREATE FUNCTION search_lines(items jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE jsonb_typeof(v) WHEN 'string' THEN v #>> '{}'
                    ELSE concat_ws(E'\n', v->>'title', v->>'body') END, E'\n')
  FROM jsonb_array_elements(coalesce(items, '[]'::jsonb)) AS v
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_programme(r programme) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('programme', r.id, 'programme', r.id, r.id, NULL, jsonb_build_array(
    jsonb_build_array('title', 'title', r.title),
    jsonb_build_array('shortName', 'title', r.short_name),
    jsonb_build_array('description', 'programmeDescription', r.description),
    jsonb_build_array('vision', 'members', r.vision),
    jsonb_build_array('goal', 'members', r.goal),
    jsonb_build_array('replaces', 'members', r.replaces),
    jsonb_build_array('adoptedBy', 'members', r.adopted_by)))
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_node(r node) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('node', r.id, 'node', r.id, r.programme_id, r.id, jsonb_build_array(
    jsonb_build_array('code', 'tree', r.code),
    jsonb_build_array('title', 'tree', r.title),
    jsonb_build_array('description', 'nodeDescriptions', r.description),
    jsonb_build_array('doelstelling', 'members', r.doelstelling),
    jsonb_build_array('expectedResult', 'members', r.expected_result),
    jsonb_build_array('sections', 'members', search_lines(r.sections)),
    jsonb_build_array('aliases', 'members', search_lines(r.aliases))))
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_gap_analysis(r gap_analysis) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('gap_analysis', r.node_id, 'node', r.node_id, n.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('currentPractices', 'members', search_lines(r.current_practices)),
    jsonb_build_array('hiaat', 'members', r.hiaat),
    jsonb_build_array('voorstel', 'members', r.voorstel),
    jsonb_build_array('budgetFund', 'members', r.budget_fund),
    jsonb_build_array('budgetNote', 'members', r.budget_note)))
  FROM node n WHERE n.id = r.node_id
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_progress_update(r progress_update) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('progress_update', r.id, 'update', r.id, r.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('results', 'results', r.results),
    jsonb_build_array('attentionPoints', 'attentionPoints', r.attention_points),
    jsonb_build_array('correctionReason', 'members', r.correction_reason),
    jsonb_build_array('withdrawnReason', 'members', r.withdrawn_reason)))
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_milestone(r milestone) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('milestone', r.id, 'milestone', r.id, r.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('title', 'milestones', r.title),
    jsonb_build_array('deadlineWording', 'members', r.deadline_wording)))
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_budget_line(r budget_line) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('budget_line', r.id, 'budget', r.id, r.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('note', 'members', r.note),
    jsonb_build_array('condition', 'members', r.condition)))
$$;
--> statement-breakpoint
CREATE FUNCTION search_doc_funding_total(r funding_total) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('funding_total', r.node_id, 'budget', r.node_id, n.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('fundingNote', 'members', r.note)))
  FROM node n WHERE n.id = r.node_id
$$;
--> statement-breakpoint
-- One trigger function for every source table: search_doc_<table>(NEW), or remove the rows on delete.
CREATE FUNCTION search_index_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_document WHERE source = TG_TABLE_NAME AND source_id = (to_jsonb(OLD) ->> TG_ARGV[0])::uuid;
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT search_doc_%s($1)', TG_TABLE_NAME) USING NEW;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF title, short_name, description, vision, goal, replaces, adopted_by
  ON programme FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF code, title, description, doelstelling, expected_result, sections, aliases
  ON node FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF current_practices, hiaat, voorstel, budget_fund, budget_note
  ON gap_analysis FOR EACH ROW EXECUTE FUNCTION search_index_row('node_id');
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF results, attention_points, correction_reason, withdrawn_reason
  ON progress_update FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF title, deadline_wording
  ON milestone FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF note, condition
  ON budget_line FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF note
  ON funding_total FOR EACH ROW EXECUTE FUNCTION search_index_row('node_id');
--> statement-breakpoint
-- What exists already.
SELECT search_doc_programme(r) FROM programme r;
--> statement-breakpoint
SELECT search_doc_node(r) FROM node r;
--> statement-breakpoint
SELECT search_doc_gap_analysis(r) FROM gap_analysis r;
--> statement-breakpoint
SELECT search_doc_progress_update(r) FROM progress_update r;
--> statement-breakpoint
SELECT search_doc_milestone(r) FROM milestone r;
--> statement-breakpoint
SELECT search_doc_budget_line(r) FROM budget_line r;
--> statement-breakpoint
SELECT search_doc_funding_total(r) FROM funding_total r;
