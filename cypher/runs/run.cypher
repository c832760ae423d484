// One recorded run by id.
MATCH (r:SgnetRun {id: $id})
RETURN r {.*} AS run
