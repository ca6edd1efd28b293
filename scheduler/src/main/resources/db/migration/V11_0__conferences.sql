-- Study conferences (hội nghị học tập, quán triệt) of a campaign, broadcast to connection points
-- (điểm cầu): a unit hosting a point and the place. Members are convened to one point each;
-- the attendee row is the one record of their answer (RSVP) and of their check-in, so the primary
-- key makes a second scan or a re-delivered update count once.
CREATE TABLE conferences (
    id          bigserial PRIMARY KEY,
    campaign_id bigint      NOT NULL REFERENCES campaigns (id),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    makeup_days int         NOT NULL DEFAULT 14 CHECK (makeup_days BETWEEN 1 AND 90),
    status      varchar(16) NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'ENDED', 'CANCELLED')),
    ended_at    timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX conferences_campaign ON conferences (campaign_id);

CREATE TABLE conference_documents (
    conference_id bigint NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    document_id   bigint NOT NULL REFERENCES documents (id),
    PRIMARY KEY (conference_id, document_id)
);

-- secret: the per-point HMAC key of the rotating check-in code (random, never shown).
CREATE TABLE conference_points (
    id            bigserial PRIMARY KEY,
    conference_id bigint      NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    unit_id       bigint      NOT NULL REFERENCES units (id),
    place         text        NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
    secret        bytea       NOT NULL,
    non_members   int         NOT NULL DEFAULT 0 CHECK (non_members BETWEEN 0 AND 1000000),
    UNIQUE (conference_id, unit_id)
);

-- convened = false: a walk-in (a member who was not convened and checked in at the point anyway).
CREATE TABLE conference_attendees (
    conference_id  bigint      NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    member_id      bigint      NOT NULL REFERENCES members (id),
    point_id       bigint      NOT NULL REFERENCES conference_points (id),
    convened       boolean     NOT NULL DEFAULT true,
    rsvp           varchar(8)  CHECK (rsvp IN ('YES', 'NO')),
    absence_reason varchar(8)  CHECK (absence_reason IN ('WORK', 'ILL', 'FAMILY', 'OTHER')),
    rsvp_at        timestamptz,
    checked_in_at  timestamptz,
    checked_in_by  varchar(8)  CHECK (checked_in_by IN ('SCAN', 'ROLL')),
    PRIMARY KEY (conference_id, member_id)
);
CREATE INDEX conference_attendees_point ON conference_attendees (point_id);
