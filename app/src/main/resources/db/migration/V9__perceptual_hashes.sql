-- generation-module: the 64-bit perceptual hash of every picture, computed once when it is stored, which the image
-- check compares by Hamming distance to find near-duplicates. NULL when the picture could not be decoded, and for
-- pictures stored before this migration.
ALTER TABLE source ADD COLUMN perceptual_hash BIGINT;
ALTER TABLE image_asset ADD COLUMN perceptual_hash BIGINT;
