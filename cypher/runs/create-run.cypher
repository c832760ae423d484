// One recorded run of the whole catalogue, with the keys of the findings it found.
CREATE (r:SgnetRun)
SET r = $run
