-- Issue 14: e-mail notifications.

-- A user's optional e-mail address, where the notifications for them are sent (set by an administrator or by
-- PAN_BOOTSTRAP_USERS). 254: the longest address SMTP carries (RFC 5321 path limit).
alter table users add column email varchar(254);

-- The outbox: one row per mail and recipient, written in the transaction of the referral change it tells
-- about, so that a committed change never loses its mail; sent after the commit by NotificationSender, with
-- retries. The subject and body are the rendered text (the reference, the slip number, the offer, the status,
-- the refusal reason and a link; never the note or the person). claimed_at: a sender is sending it now (a
-- claim older than pan.notifications.claim-timeout is taken as a crashed sender's and claimed again).
create table notification_outbox (
    id              uuid          primary key,
    referral_id     uuid          not null,
    kind            varchar(20)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(500)  not null,
    body            varchar(10000) not null,
    created_at      timestamp with time zone not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    sent_at         timestamp with time zone,
    gave_up_at      timestamp with time zone,
    last_error      varchar(200)
);

create index notification_outbox_due on notification_outbox (sent_at, gave_up_at, next_attempt_at);
