-- Every item belongs to a desk (business, politics, ...): queues, policies and disclosure settings are per desk.
-- Items from before desks existed belong to the default desk.
ALTER TABLE content_item ADD COLUMN desk VARCHAR(64) DEFAULT 'general' NOT NULL;

CREATE INDEX content_item_desk_state ON content_item (desk, state);
