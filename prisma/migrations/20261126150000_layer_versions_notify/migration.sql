-- A layer's version is its newest layer_import id, which every layer writer (import, generation,
-- demo seed) adds in the transaction that changes the layer. API instances keep rendered tiles
-- while their layer's version holds; this tells every instance listening the moment it moves (a
-- NOTIFY is delivered when the transaction commits, and not at all when it rolls back).
CREATE FUNCTION notify_layer_versions() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gridloop_layer_versions', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "layer_import_notifies_versions" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "layer_import"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_layer_versions();
