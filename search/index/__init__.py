"""The index: the Whoosh schema, the on-disk store (generations, manifest, lock) and the reindex job."""
