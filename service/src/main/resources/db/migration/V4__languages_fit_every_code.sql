-- profile.languages may name any ISO 639-1 code (about 184 of two letters): stored once each, comma-separated,
-- they take at most 551 characters. varchar(200) refused a list of 67 codes with a database error (a 503).
alter table diagnoses alter column languages set data type varchar(1000);
