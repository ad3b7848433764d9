-- The W3C trace context of the change that caused an event (55 characters in version 00), so its
-- consumers' work continues the same trace. NULL when the change ran outside any trace.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(64) NULL;
