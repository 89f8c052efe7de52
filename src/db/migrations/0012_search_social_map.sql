-- Search (docs/search.md): the social map's services. They belong to no programme; a published
-- service is found by everyone, an unpublished one only by signed-in people (as the API shows it).
CREATE FUNCTION search_doc_social_service(r social_service) RETURNS void LANGUAGE sql AS $$
  SELECT search_put('social_service', r.id, 'service', r.id, NULL, NULL, jsonb_build_array(
    jsonb_build_array('name', c.v, r.name),
    jsonb_build_array('description', c.v, r.description),
    jsonb_build_array('targetGroup', c.v, r.target_group),
    jsonb_build_array('providerName', c.v, r.provider_name),
    jsonb_build_array('address', c.v, r.address),
    jsonb_build_array('openingHours', c.v, r.opening_hours),
    jsonb_build_array('waitingTimeNote', c.v, r.waiting_time_note)))
  FROM (SELECT CASE WHEN r.published THEN 'public' ELSE 'signed-in' END AS v) AS c
$$;
--> statement-breakpoint
CREATE TRIGGER search_index AFTER INSERT OR DELETE OR UPDATE OF name, description, target_group, provider_name, address, opening_hours, waiting_time_note, published
  ON social_service FOR EACH ROW EXECUTE FUNCTION search_index_row('id');
--> statement-breakpoint
SELECT search_doc_social_service(r) FROM social_service r;
