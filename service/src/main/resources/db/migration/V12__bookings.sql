-- Issue 14, booking. A registry venue may name the catalogue structure it belongs to (epn-13, db-07), so that a
-- session held there is a session of one of that structure's offers.
alter table registry_venues add column structure_id varchar(64);

-- A published session is a session of a catalogue offer (offer_id, null when its venue names no structure or the
-- structure has no offer of the session's kind: then it is not bookable). booked counts the seats that referrals
-- hold; a booking is one conditional update (booked < seats), so the check is the last word under concurrency.
alter table published_sessions add column offer_id varchar(100);
alter table published_sessions add column booked integer default 0 not null;
alter table published_sessions add constraint published_sessions_booked check (booked >= 0 and booked <= seats);
create index published_sessions_offer_start on published_sessions (offer_id, starts_at);

-- The session a referral booked a seat in (null: a referral without a session). Kept when the seat is freed
-- (REFUSED, CANCELLED, EXPIRED, NO_SHOW), for the history.
alter table referrals add column session_id uuid;
alter table referrals add constraint referrals_session foreign key (session_id) references published_sessions (id);
create index referrals_session on referrals (session_id);
