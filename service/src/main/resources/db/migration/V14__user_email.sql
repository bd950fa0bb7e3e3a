-- Issue 14: e-mail notifications.

-- A user's optional e-mail address, where the notifications for them are sent (set by an administrator or by
-- PAN_BOOTSTRAP_USERS). 254: the longest address SMTP carries (RFC 5321 path limit).
alter table users add column email varchar(254);
