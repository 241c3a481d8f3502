-- review-workflow: how reviewers resolved a finding, and by whom. A finding is resolved once.
ALTER TABLE item_finding ADD COLUMN resolution_reason VARCHAR(2000);
ALTER TABLE item_finding ADD COLUMN resolution_evidence TEXT;
ALTER TABLE item_finding ADD COLUMN resolved_by VARCHAR(200);
ALTER TABLE item_finding ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE item_finding ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
