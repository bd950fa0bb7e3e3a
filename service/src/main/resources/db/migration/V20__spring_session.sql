-- Issue 16: browser sessions in the database (Spring Session JDBC), so that either of two instances behind a load
-- balancer serves any signed-in user. Spring Session's own schema-postgresql.sql (spring-session-jdbc 3.5), written
-- here rather than run by Spring Boot (spring.session.jdbc.initialize-schema: never) so that Flyway owns every table
-- and the same script runs on PostgreSQL and on the embedded H2 (PostgreSQL mode, where BYTEA is a binary type too).
-- Times are milliseconds since the epoch, as Spring Session writes them. ATTRIBUTE_BYTES holds Java-serialized
-- objects (the security context with its PanUser): delete every row when upgrading Spring Security or changing a
-- class kept in a session (README, "Several instances"); the users then sign in again.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);
