-- Issue 14, referrals that know the diagnosis and the appointment.

-- What a diagnosis decided about the person, kept with it (never a name):
-- * needs (Extended.needs), disabilities (Profile.disabilities), comma-separated in the order given, and
--   reduced_mobility (null: unknown), shown to the partner who receives a referral (with the languages, which V1
--   already keeps);
-- * exclusions: every offer of the catalogue this person may not be referred to and the id of the rule that
--   excluded it, a JSON object {"offerId":"rule-id",...} ('{}' for none). Null for the diagnoses stored before this
--   version: they were never assessed, and a referral from them is not checked (README, "Eligibility").
alter table diagnoses add column needs varchar(200);
alter table diagnoses add column disabilities varchar(100);
alter table diagnoses add column reduced_mobility boolean;
alter table diagnoses add column exclusions varchar;

-- A referral copies what the inbox shows and searches from its diagnosis when it is created (the diagnosis never
-- changes): its reference (reference_key: the same in lower case, for the case-insensitive exact search), and the
-- person's languages, needs, disabilities and reduced mobility. slip_number is the first 8 hex digits of the id in
-- upper case, the number printed on the person's slip.
alter table referrals add column reference varchar(64);
alter table referrals add column reference_key varchar(64);
alter table referrals add column slip_number varchar(8);
alter table referrals add column person_languages varchar(1000);
alter table referrals add column person_needs varchar(200);
alter table referrals add column person_disabilities varchar(100);
alter table referrals add column person_reduced_mobility boolean;
-- The appointment a partner gives with SCHEDULED (a referral without a booked session).
alter table referrals add column appointment_at timestamp with time zone;
alter table referrals add column appointment_place varchar(300);
alter table referrals add column appointment_contact varchar(300);
-- A referral created despite an exclusion of its diagnosis: the rule, and the referrer's written reason.
alter table referrals add column override_rule varchar(100);
alter table referrals add column override_reason varchar(1000);

update referrals set slip_number = upper(substring(cast(id as varchar(36)), 1, 8));
update referrals set reference = (select d.reference from diagnoses d where d.id = referrals.diagnosis_id),
                     person_languages = (select d.languages from diagnoses d where d.id = referrals.diagnosis_id);
update referrals set reference_key = lower(reference);

-- The inbox: each caller sees its organisation's referrals (organisation), its structure's (structure_id) or all,
-- newest first, filtered by status, date, offer, or found by slip number or reference. The composite indexes
-- serve both the filter and the order (and replace V2's one-column indexes on organisation and structure_id).
drop index referrals_organisation;
drop index referrals_structure;
create index referrals_organisation_created on referrals (organisation, created_at);
create index referrals_structure_created on referrals (structure_id, created_at);
create index referrals_created on referrals (created_at);
create index referrals_offer_created on referrals (offer_id, created_at);
create index referrals_slip_number on referrals (slip_number);
create index referrals_reference_key on referrals (reference_key);
-- The statistics count the overrides by rule over a period through referrals_created (a statistics page is rare;
-- an index of its own would cost every referral's insert).
