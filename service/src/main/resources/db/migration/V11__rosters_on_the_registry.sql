-- Issue 13: where a roster's facts come from. on_registry: its venues, animators, kits and timeslots are the
-- registry's of its week (from-demand, and re-plans of such a roster), so a re-plan reads them from the registry
-- again, absences included; false: they are the uploaded problem's own, which a re-plan keeps. illustrative: a
-- record it was planned on is ILLUSTRATIVE (made up), which its published sessions say. Rosters stored before
-- this version are uploaded problems or were built on the illustrative generator: not on the registry, and
-- illustrative only if built from demand.
alter table rosters add column on_registry boolean default false not null;
alter table rosters add column illustrative boolean default false not null;
update rosters set illustrative = true where source = 'DEMAND';
