-- Issue 16: one row per scheduled job (ShedLock's JDBC lock provider), so that with several instances on one database
-- each job runs once per period cluster-wide. ShedLock's own table for PostgreSQL; lock_until and locked_at are
-- written with the database's clock (usingDbTime), in UTC, so the instances' clocks do not matter. Never delete rows
-- while instances run: a job held by one would start on another.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
