package be.brussels.pan.roster.domain;

public enum VenueKind { EPN, PARTNER_SITE }
