-- The statistics (接诉即办 indicators) read the requests submitted in a period under a path prefix. With the period
-- beside the path in one index, a prefix's range is read from the index and only the period's rows are fetched;
-- idx_resident_request_scope (scope_path, status) would fetch every request the subtree ever received to look at
-- its submission time.
CREATE INDEX idx_resident_request_scope_submitted ON resident_request (scope_path, submitted_at);
