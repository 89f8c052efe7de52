-- A list beside the tree that moves to another node (or to the programme itself) takes its items
-- along in the search index: each item's row names the list's node, so it is written again.
CREATE FUNCTION search_index_side_list_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_doc_side_list_item(i) FROM side_list_item i WHERE i.list_id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_index_items AFTER UPDATE OF node_id, programme_id
  ON side_list FOR EACH ROW WHEN (OLD.node_id IS DISTINCT FROM NEW.node_id OR OLD.programme_id IS DISTINCT FROM NEW.programme_id)
  EXECUTE FUNCTION search_index_side_list_items();
