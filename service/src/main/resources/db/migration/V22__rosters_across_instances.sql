-- Issue 16: roster solves across several instances on one database. A roster's state lives in its row, readable
-- from any instance: the solving instance (instance_id) writes its best solution so far into solution_json and the
-- score columns at most once per pan.rosters.progress-interval, and its heartbeat into heartbeat_at (the database's
-- clock) every pan.rosters.heartbeat-interval; any instance marks FAILED a SOLVING row whose heartbeat is older
-- than pan.rosters.heartbeat-timeout (its instance died). A DELETE on any instance sets cancel_requested, which the
-- solving instance polls. restart_of links a restart (a new roster) to the FAILED roster it solves again; one
-- restart per roster (unique), so two instances cannot both restart it.
alter table rosters add column instance_id varchar(100);
alter table rosters add column heartbeat_at timestamp with time zone;
alter table rosters add column cancel_requested boolean default false not null;
alter table rosters add column restart_of uuid;
create unique index rosters_restart_of on rosters (restart_of);
create index rosters_status on rosters (status);

-- The admission lock: a submission locks this one row (select ... for update), counts the live SOLVING rosters and
-- inserts its own in one transaction, so the bound on concurrent solves holds across the instances.
create table roster_admission (
    id integer primary key
);
insert into roster_admission (id) values (1);
