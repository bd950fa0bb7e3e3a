-- The kinds of the orientations a diagnosis proposed (OrientationKind names, in the response's order, each
-- once, comma-separated; '' for none), so that the roster's demand reads a column instead of re-parsing every
-- response_json. Every kind once takes 63 characters today. Rows stored before this migration are filled
-- from their response_json by the diagnosis feature's Java migration 5.1
-- (be.brussels.pan.service.diagnosis.OrientationKindsBackfill).
alter table diagnoses add column orientation_kinds varchar(200) default '' not null;
