-- Search (docs/search.md): good practices, related initiatives and the lists beside the tree.
-- A good practice belongs to no programme: published, everyone finds it (never its contact);
-- unpublished, only accounts do (the API shows them the same way).
CREATE FUNCTION search_doc_good_practice(r good_practice) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('good_practice', r.id, 'practice', r.id, NULL, NULL, jsonb_build_array(
    jsonb_build_array('title', c.v, r.title),
    jsonb_build_array('summary', c.v, r.summary),
    jsonb_build_array('workingComponents', c.v, array_to_string(r.working_components, E'\n')),
    jsonb_build_array('targetGroup', c.v, r.target_group),
    jsonb_build_array('originText', c.v, r.origin_text),
    jsonb_build_array('tags', c.v, array_to_string(r.tags, ' ')),
    jsonb_build_array('contact', 'signed-in', r.contact)))
  FROM (SELECT CASE WHEN r.published THEN 'public' ELSE 'signed-in' END AS v) AS c
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF title, summary, working_components, target_group, origin_text, tags, contact, published
  ON good_practice FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
SELECT search_doc_good_practice(r) FROM good_practice r;
--> statement-breakpoint
-- An initiative is one record with several links; it is found through each link, by the members of
-- the linked programme, at the linked theme (the pages that show it).
CREATE FUNCTION search_doc_initiative_link(r initiative_link) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('initiative_link', r.id, 'initiative', i.id, r.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('name', 'members', i.name),
    jsonb_build_array('goal', 'members', i.goal),
    jsonb_build_array('owner', 'members', i.owner)))
  FROM initiative i WHERE i.id = r.initiative_id
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE
  ON initiative_link FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE FUNCTION search_index_initiative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_doc_initiative_link(l) FROM initiative_link l WHERE l.initiative_id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER UPDATE OF name, goal, owner
  ON initiative FOR EACH ROW EXECUTE FUNCTION search_index_initiative();
--> statement-breakpoint
SELECT search_doc_initiative_link(r) FROM initiative_link r;
--> statement-breakpoint
-- Lists beside the tree: members of the programme; the list and each item are found as the list.
CREATE FUNCTION search_doc_side_list(r side_list) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('side_list', r.id, 'list', r.id, r.programme_id, r.node_id, jsonb_build_array(
    jsonb_build_array('title', 'members', r.title),
    jsonb_build_array('description', 'members', r.description)))
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF title, description, node_id
  ON side_list FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
CREATE FUNCTION search_doc_side_list_item(r side_list_item) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('side_list_item', r.id, 'list', l.id, l.programme_id, l.node_id, jsonb_build_array(
    jsonb_build_array('itemTitle', 'members', r.title),
    jsonb_build_array('itemText', 'members', r.text)))
  FROM side_list l WHERE l.id = r.list_id
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF title, text
  ON side_list_item FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
SELECT search_doc_side_list(r) FROM side_list r;
--> statement-breakpoint
SELECT search_doc_side_list_item(r) FROM side_list_item r;
--> statement-breakpoint
-- A gap-analysis budget line (origin 'hiaatanalyse') repeats the gap analysis's own note, which is
-- indexed with the node: index it once (an empty field list removes the line's rows).
CREATE OR REPLACE FUNCTION search_doc_budget_line(r budget_line) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('budget_line', r.id, 'budget', r.id, r.programme_id, r.node_id,
    CASE WHEN r.origin = 'hiaatanalyse' THEN '[]'::jsonb ELSE jsonb_build_array(
      jsonb_build_array('note', 'members', r.note),
      jsonb_build_array('condition', 'members', r.condition)) END)
$$;
--> statement-breakpoint
DELETE FROM search_document d USING budget_line b WHERE d.source = 'budget_line' AND d.source_id = b.id AND b.origin = 'hiaatanalyse';
