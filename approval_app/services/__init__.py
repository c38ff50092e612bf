"""One function per officer action: permission check, transaction, event log, outbox."""
