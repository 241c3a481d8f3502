-- app/security: the desks a local account works on, comma-separated; NULL (accounts made before, the demo users)
-- means every desk.
ALTER TABLE local_account ADD COLUMN desks VARCHAR(1000);
