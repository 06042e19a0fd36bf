-- What happened, one row per recipient (model.md 1.7 and 4). Names are copied at the time of the
-- event so a digest can still say what was deleted.
CREATE TABLE notifications_notification (
    id bigserial PRIMARY KEY,
    level varchar(20) NOT NULL DEFAULT 'info' CHECK (level IN ('success', 'info', 'warning', 'error')),
    recipient_id bigint NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    unread boolean NOT NULL DEFAULT true,
    actor_id bigint REFERENCES core_user (id) ON DELETE SET NULL,
    actor_name varchar(150) NOT NULL,
    verb varchar(255) NOT NULL,
    description text,
    action_object_type varchar(50),
    action_object_id varchar(255),
    action_object_name varchar(255),
    target_type varchar(50),
    target_id varchar(255),
    target_name varchar(255),
    timestamp timestamptz NOT NULL DEFAULT now(),
    public boolean NOT NULL DEFAULT true,
    deleted boolean NOT NULL DEFAULT false,
    emailed boolean NOT NULL DEFAULT false,
    data jsonb
);
CREATE INDEX notifications_notification_recipient_unread_idx
    ON notifications_notification (recipient_id, unread);
-- The digest timer looks only at what is still to be e-mailed.
CREATE INDEX notifications_notification_pending_idx
    ON notifications_notification (recipient_id, timestamp) WHERE unread AND NOT emailed;
