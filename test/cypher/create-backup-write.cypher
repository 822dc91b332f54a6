// Test fixture (backup): a write committed while a backup reads the graph.
CREATE (:BackupConcurrentWrite {at: $at})
