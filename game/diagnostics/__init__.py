"""What helps find out what happened: --record/--replay, the STATE hash, crash reports."""
